ogs_add_test(tst_sizeparse SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sizeparse.cpp)
ogs_add_test(tst_vrambudget SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vrambudget.cpp)
ogs_add_test(tst_budgetcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_budgetcli.cpp)
add_dependencies(tst_budgetcli ollama-gpu-setup)
