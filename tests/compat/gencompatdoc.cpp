// Writes docs/COMPATIBILITY.md from the compiled-in tables: `ninja -C build update-compatibility-doc`.
#include "compat/compatmarkdown.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: ogs-gen-compat-doc OUTPUT.md\n";
        return 2;
    }
    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "cannot write " << args.at(1) << "\n";
        return 1;
    }
    out.write(ogs::renderCompatibilityMarkdown(ogs::CompatTable::builtin(), ogs::PathRules::builtin()).toUtf8());
    return 0;
}
