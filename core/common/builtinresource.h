#pragma once

#include <QFile>
#include <QString>

namespace ogs {

/// Loads a data table compiled into the program as a Qt resource, with the table's own parser
/// (`T parse(const QByteArray &, QString *error)`). A resource that is missing or does not parse
/// is a build defect: it asserts in debug builds and yields an empty table otherwise, which the
/// callers report as a warning.
template <typename T, typename Parser>
T loadBuiltinResource(const QString &path, Parser parse)
{
    QFile file(path);
    QString error;
    T table;
    if (file.open(QIODevice::ReadOnly))
        table = parse(file.readAll(), &error);
    else
        error = file.errorString();
    Q_ASSERT_X(error.isEmpty(), qPrintable(path), qPrintable(error));
    return table;
}

} // namespace ogs
