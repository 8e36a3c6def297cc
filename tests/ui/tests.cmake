ogs_add_test(tst_decimatedseries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_decimatedseries.cpp GUI)
ogs_add_test(tst_monitorwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitorwindow.cpp GUI)
ogs_add_test(tst_setupwizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_setupwizard.cpp GUI)
ogs_add_test(tst_wizardheader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizardheader.cpp GUI)
ogs_add_test(tst_verifypage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_verifypage.cpp ${CMAKE_CURRENT_LIST_DIR}/recordingrunner.h GUI LIBS ogs_test_support)
ogs_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp GUI)
target_compile_definitions(tst_translations PRIVATE
    OGS_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations"
    OGS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    OGS_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
ogs_add_test(tst_homeview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_homeview.cpp GUI LIBS ogs_test_support)
ogs_add_test(tst_modeldownloader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_modeldownloader.cpp GUI LIBS ogs_test_support)
ogs_add_test(tst_loadedmodelspanel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_loadedmodelspanel.cpp GUI LIBS ogs_test_support)
ogs_add_test(tst_monitorsession SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitorsession.cpp GUI LIBS ogs_test_support)
ogs_add_test(tst_summarypage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_summarypage.cpp GUI)
ogs_add_test(tst_aboutbox SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_aboutbox.cpp GUI)
ogs_add_test(tst_modelpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_modelpage.cpp GUI LIBS ogs_test_support)
ogs_add_test(tst_screenshots SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_screenshots.cpp GUI LIBS ogs_test_support)
ogs_add_test(tst_launcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_launcher.cpp GUI)
