#include "pathway/Referential.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalon {

namespace {

QStringList strings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QList<Referential::Theme> load() {
    QFile file(QStringLiteral(":/jalon/referentiel/referentiel.json"));
    QList<Referential::Theme> themes;
    if (!file.open(QIODevice::ReadOnly)) {
        return themes; // the resource is compiled in: a test checks it is there
    }
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("themes")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        themes.append({object.value(QLatin1String("code")).toString(),
                       object.value(QLatin1String("label")).toString(),
                       strings(object.value(QLatin1String("objectifs"))),
                       strings(object.value(QLatin1String("actions")))});
    }
    return themes;
}

} // namespace

const QList<Referential::Theme>& Referential::themes() {
    static const QList<Theme> all = load();
    return all;
}

const Referential::Theme* Referential::theme(const QString& code) {
    for (const Theme& t : themes()) {
        if (t.code == code) {
            return &t;
        }
    }
    return nullptr;
}

} // namespace jalon
