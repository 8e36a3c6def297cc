ogs_add_test(tst_decimatedseries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_decimatedseries.cpp GUI)
ogs_add_test(tst_monitorwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitorwindow.cpp GUI)
ogs_add_test(tst_setupwizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_setupwizard.cpp GUI)
ogs_add_test(tst_verifypage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_verifypage.cpp ${CMAKE_CURRENT_LIST_DIR}/recordingrunner.h GUI LIBS ogs_test_support)
ogs_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp GUI)
target_compile_definitions(tst_translations PRIVATE
    OGS_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations"
    OGS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    OGS_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
