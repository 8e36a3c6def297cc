#include "welcomepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ogs::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Run Ollama on your GPU"));
    setSubTitle(tr("This assistant finds your graphics card, picks the fastest way for Ollama to use it, "
                   "and proves the result with a live test."));
    auto *text = new QLabel(tr("<p>The steps:</p><ol>"
                               "<li>Scan this computer's GPUs and your Ollama install.</li>"
                               "<li>Recommend an acceleration path (ROCm, Vulkan, CUDA, …) and explain why.</li>"
                               "<li>Check that your model fits in video memory.</li>"
                               "<li>Show every change before it is made, then apply it, with undo.</li>"
                               "<li>Run a test prompt and measure the speed-up.</li></ol>"
                               "<p><b>Nothing is changed without showing it to you first.</b></p>"),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace ogs::ui
