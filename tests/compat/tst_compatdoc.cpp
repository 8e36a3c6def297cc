#include "compat/compatmarkdown.h"

#include <QtTest>

using namespace ogs;

/// docs/COMPATIBILITY.md must be exactly what the tables generate.
class TestCompatDoc final : public QObject {
    Q_OBJECT

private slots:
    void docIsInSync();
    void docNamesEveryTargetAndRule();
};

void TestCompatDoc::docIsInSync()
{
    QFile f(QStringLiteral(OGS_SOURCE_DIR "/docs/COMPATIBILITY.md"));
    QVERIFY2(
        f.open(QIODevice::ReadOnly), "docs/COMPATIBILITY.md is missing: run `ninja -C build update-compatibility-doc`");
    const QString onDisk = QString::fromUtf8(f.readAll());
    const QString generated = renderCompatibilityMarkdown(CompatTable::builtin(), PathRules::builtin());
    QVERIFY2(onDisk == generated,
        "docs/COMPATIBILITY.md is stale: run `ninja -C build update-compatibility-doc` and commit it");
}

void TestCompatDoc::docNamesEveryTargetAndRule()
{
    const QString md = renderCompatibilityMarkdown(CompatTable::builtin(), PathRules::builtin());
    for (const QString &gfx : CompatTable::builtin().allTargets())
        QVERIFY2(md.contains(QStringLiteral("| %1 |").arg(gfx)), qPrintable(gfx));
    for (const PathRule &r : PathRules::builtin().rules())
        QVERIFY2(md.contains(QStringLiteral("`%1`").arg(r.id)), qPrintable(r.id));
    // A row of the newest Linux list, and the mid-2026 drop of gfx1010.
    QVERIFY(md.contains(QLatin1String("| gfx1010 | RDNA 1 |")));
    QVERIFY(
        md.contains(QString::fromUtf8("| gfx1010 | RDNA 1 | RX 5700 XT, RX 5700, RX 5600 XT | ≥ 0.5.8, < 0.31.2 |")));
}

QTEST_GUILESS_MAIN(TestCompatDoc)
#include "tst_compatdoc.moc"
