ogs_add_test(tst_detectcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detectcli.cpp)
ogs_add_test(tst_envcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envcli.cpp)
