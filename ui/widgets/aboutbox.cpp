#include "aboutbox.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

namespace ogs::ui {

QString aboutText()
{
    return QCoreApplication::translate("ogs::ui::AboutBox",
        "<h3>Ollama GPU Setup %1</h3>"
        "<p>Finds out why Ollama runs on the processor and makes it use your graphics card: "
        "detection, the fastest acceleration path, the VRAM budget, the environment where it takes "
        "effect (with undo), a test prompt and a live GPU monitor.</p>"
        "<p>Built with Qt %2. Every step is also a command: <code>ollama-gpu-setup --help</code>.</p>")
        .arg(QStringLiteral(OGS_VERSION), QString::fromLatin1(qVersion()));
}

QMessageBox *showAboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QCoreApplication::translate("ogs::ui::AboutBox", "About Ollama GPU Setup"));
    box->setTextFormat(Qt::RichText);
    box->setText(aboutText());
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/ollama-gpu-setup.svg")).pixmap(64, 64));
    box->setStandardButtons(QMessageBox::Close);
    box->setAccessibleName(QCoreApplication::translate("ogs::ui::AboutBox", "About Ollama GPU Setup"));
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace ogs::ui
