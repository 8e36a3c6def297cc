#include <QTest>
class TestDiagnosticBundle final : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDiagnosticBundle)
#include "tst_diagnosticbundle.moc"
