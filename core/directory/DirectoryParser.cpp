#include "directory/DirectoryParser.h"

#include "intake/IntakeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace jalon {

namespace {

Status refused(const QString& why) {
    return Status::fail(
        QCoreApplication::translate(
            "DirectoryParser", "This file is not a data·inclusion directory file: %1 Nothing was imported.")
            .arg(why));
}

bool looksLikeRecord(const QJsonObject& object) {
    return object.contains(QLatin1String("id")) || object.contains(QLatin1String("nom"));
}

// The objects of an array, or an error when an item is not an object.
Status objectsOf(const QJsonArray& array, QList<QJsonObject>* objects) {
    for (const QJsonValue& item : array) {
        if (!item.isObject()) {
            return refused(
                QCoreApplication::translate("DirectoryParser", "its lists must hold only objects."));
        }
        objects->append(item.toObject());
    }
    for (const QJsonObject& object : std::as_const(*objects)) {
        if (looksLikeRecord(object)) {
            return Status::ok();
        }
    }
    return objects->isEmpty() ? Status::ok()
                              : refused(QCoreApplication::translate("DirectoryParser",
                                                                    "no record has an id or a name (nom)."));
}

QByteArray withoutBom(const QByteArray& bytes) {
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

} // namespace

Result<DirectoryBatch> DirectoryParser::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<DirectoryBatch>::fail(
            QCoreApplication::translate("DirectoryParser", "Could not read %1 (%2).")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    if (file.size() > kMaxBytes) {
        return refused(QCoreApplication::translate("DirectoryParser", "it is larger than 256 MB."));
    }
    return parse(file.readAll());
}

Result<DirectoryBatch> DirectoryParser::parse(const QByteArray& bytes) {
    const QByteArray text = withoutBom(bytes);
    const QByteArray start = text.trimmed().left(1);
    if (start == "[" || start == "{") {
        return parseJson(text);
    }
    if (text.trimmed().isEmpty()) {
        return refused(QCoreApplication::translate("DirectoryParser", "it is empty."));
    }
    return parseCsv(bytes);
}

Result<DirectoryBatch> DirectoryParser::parseJson(const QByteArray& bytes) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return refused(QCoreApplication::translate("DirectoryParser", "it is not valid JSON (%1 at byte %2).")
                           .arg(error.errorString())
                           .arg(error.offset));
    }
    DirectoryBatch batch;
    batch.format = QStringLiteral("json");
    if (document.isArray()) {
        QList<QJsonObject> objects;
        if (Status ok = objectsOf(document.array(), &objects); !ok) {
            return ok;
        }
        if (objects.isEmpty()) {
            return refused(QCoreApplication::translate("DirectoryParser", "it holds an empty list."));
        }
        const bool services = std::any_of(objects.cbegin(), objects.cend(), [](const QJsonObject& o) {
            return o.contains(QLatin1String("structure_id"));
        });
        (services ? batch.hasServices : batch.hasStructures) = true;
        (services ? batch.services : batch.structures) = objects;
        return batch;
    }
    const QJsonObject root = document.object();
    const QJsonValue structures = root.value(QLatin1String("structures"));
    const QJsonValue services = root.value(QLatin1String("services"));
    if (!structures.isArray() && !services.isArray()) {
        return refused(QCoreApplication::translate(
            "DirectoryParser",
            "a JSON file must hold a list of structures or services, or an object with the lists "
            "\"structures\" and \"services\"."));
    }
    batch.hasStructures = structures.isArray();
    batch.hasServices = services.isArray();
    if (Status ok = objectsOf(structures.toArray(), &batch.structures); !ok) {
        return ok;
    }
    if (Status ok = objectsOf(services.toArray(), &batch.services); !ok) {
        return ok;
    }
    return batch;
}

Result<DirectoryBatch> DirectoryParser::parseCsv(const QByteArray& bytes) {
    const Result<IntakeTable> table = IntakeFile::parse(bytes);
    if (!table) {
        return refused(table.error());
    }
    QStringList header;
    for (const QString& name : table->header) {
        header << name.trimmed().toLower();
    }
    QStringList missing;
    for (const char* required : {"id", "nom", "structure_id"}) {
        if (!header.contains(QLatin1String(required))) {
            missing << QLatin1String(required);
        }
    }
    if (!missing.isEmpty()) {
        return refused(QCoreApplication::translate("DirectoryParser",
                                                   "a CSV of services needs the columns %1 (missing: %2).")
                           .arg(QStringLiteral("id, nom, structure_id, source, date_maj"),
                                missing.join(QStringLiteral(", "))));
    }
    DirectoryBatch batch;
    batch.format = QStringLiteral("csv");
    batch.hasServices = true;
    for (const IntakeRecord& record : table->records) {
        QJsonObject service;
        for (qsizetype column = 0; column < header.size() && column < record.cells.size(); ++column) {
            const QJsonValue value = cellValue(header.at(column), record.cells.at(column));
            if (!header.at(column).isEmpty() && !value.isUndefined()) {
                service.insert(header.at(column), value);
            }
        }
        batch.services.append(service);
    }
    return batch;
}

bool DirectoryParser::isListField(const QString& field) {
    static const QStringList fields{QStringLiteral("thematiques"),     QStringLiteral("publics"),
                                    QStringLiteral("modes_accueil"),   QStringLiteral("modes_mobilisation"),
                                    QStringLiteral("mobilisable_par"), QStringLiteral("zone_eligibilite"),
                                    QStringLiteral("reseaux_porteurs")};
    return fields.contains(field);
}

bool DirectoryParser::isNumberField(const QString& field) {
    return field == QLatin1String("latitude") || field == QLatin1String("longitude") ||
           field == QLatin1String("volume_horaire_hebdomadaire") || isIntegerField(field);
}

bool DirectoryParser::isIntegerField(const QString& field) {
    return field == QLatin1String("nombre_semaines");
}

QJsonValue DirectoryParser::cellValue(const QString& field, const QString& cell) {
    const QString text = cell.trimmed();
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    if (isListField(field)) {
        static const QRegularExpression separators(QStringLiteral("[|,;]"));
        QJsonArray items;
        for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty()) {
                items.append(item.trimmed());
            }
        }
        return items;
    }
    if (isNumberField(field)) {
        bool ok = false;
        const double number = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text); // a wrong number stays text: a type error
    }
    return text;
}

} // namespace jalon
