# Windows installer: CPack's NSIS generator with our own template (NSIS.template.in beside
# this file). Per-user install under %LOCALAPPDATA%\Programs without elevation, Start-menu and
# optional desktop shortcut, "run now" at the end, an HKCU uninstall entry, and an uninstaller
# that offers to undo the environment changes the app made (`ollama-gpu-setup env undo --all`).
#
# Needs: OGS_NSIS_EXE (the installed executable's name) and the usual CPACK_PACKAGE_* values.
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
set(CPACK_NSIS_EXECUTABLE_NAME "${OGS_NSIS_EXE}")
set(CPACK_NSIS_DISPLAY_NAME "Ollama GPU Setup")
set(CPACK_NSIS_PACKAGE_NAME "Ollama GPU Setup")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/../../resources/icons/ollama-gpu-setup.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/../../resources/icons/ollama-gpu-setup.ico")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ollama-gpu-setup")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
# The version as NSIS's VIProductVersion wants it: four numbers.
set(OGS_NSIS_VERSION4 "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(CPACK_NSIS_DEFINES "!define OGS_VERSION4 ${OGS_NSIS_VERSION4}")
