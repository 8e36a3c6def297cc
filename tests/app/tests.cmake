ogs_add_test(tst_detectcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detectcli.cpp)
ogs_add_test(tst_envcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envcli.cpp)
ogs_add_test(tst_guilaunch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guilaunch.cpp)
add_dependencies(tst_guilaunch ollama-gpu-setup-gui)
