#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace ogs::ui {

/// The About box's text: the name, the version from CMake's project(VERSION) (the same
/// OGS_VERSION that --version prints), what the program does and where to report bugs.
QString aboutText();
/// Opens the About box without blocking (window-modal, deleted on close) and returns it.
QMessageBox *showAboutBox(QWidget *parent);

} // namespace ogs::ui
