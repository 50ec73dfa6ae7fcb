#include "directory/DirectoryEnums.h"

#include "reports/ReportLabels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace jalon {

namespace {

const char* const kFiles[] = {
    "thematiques",
    "types-de-services",
    "frais",
    "publics",
    "modes-accueil",
    "modes-mobilisation",
    "personnes-mobilisatrices",
    "reseaux-porteurs",
};

QList<DirectoryValue> load(const char* name) {
    QFile file(QStringLiteral(":/jalon/directory/%1.json").arg(QLatin1String(name)));
    QList<DirectoryValue> values;
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Directory list %s is missing from the resources", name);
        return values;
    }
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        values.append({o.value(QLatin1String("value")).toString(), o.value(QLatin1String("label")).toString(),
                       o.value(QLatin1String("description")).toString()});
    }
    return values;
}

const DirectoryValue* find(const QList<DirectoryValue>& values, const QString& code) {
    for (const DirectoryValue& value : values) {
        if (value.code == code) {
            return &value;
        }
    }
    return nullptr;
}

} // namespace

DirectoryEnums::DirectoryEnums() {
    for (const char* name : kFiles) {
        m_lists.append(load(name));
    }
}

const DirectoryEnums& DirectoryEnums::instance() {
    static const DirectoryEnums enums; // thread-safe initialisation (C++11 magic statics)
    return enums;
}

const QList<DirectoryValue>& DirectoryEnums::values(DirectoryList list) const {
    return m_lists.at(static_cast<int>(list));
}

QString DirectoryEnums::label(DirectoryList list, const QString& code) const {
    if (list == DirectoryList::Thematiques && isCategory(code)) {
        return ReportLabels::thematique(code);
    }
    const DirectoryValue* value = find(values(list), code);
    return value ? value->label : code;
}

bool DirectoryEnums::isKnown(DirectoryList list, const QString& code) const {
    return find(values(list), code) != nullptr;
}

QString DirectoryEnums::categoryOf(const QString& thematique) {
    return thematique.section(QStringLiteral("--"), 0, 0);
}

bool DirectoryEnums::isCategory(const QString& code) const {
    if (code.isEmpty() || code.contains(QLatin1String("--"))) {
        return false;
    }
    for (const DirectoryValue& value : values(DirectoryList::Thematiques)) {
        if (categoryOf(value.code) == code) {
            return true;
        }
    }
    return false;
}

QList<ThematiqueCategory> DirectoryEnums::thematiqueTree() const {
    QList<ThematiqueCategory> tree;
    for (const DirectoryValue& value : values(DirectoryList::Thematiques)) {
        const QString category = categoryOf(value.code);
        auto it = std::find_if(tree.begin(), tree.end(),
                               [&](const ThematiqueCategory& c) { return c.code == category; });
        if (it == tree.end()) {
            tree.append({category, ReportLabels::thematique(category), {}});
            it = tree.end() - 1;
        }
        it->children.append(value);
    }
    return tree;
}

} // namespace jalon
