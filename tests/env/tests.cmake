ogs_add_test(tst_envkeys SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envkeys.cpp)
ogs_add_test(tst_envinjection SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envinjection.cpp)
ogs_add_test(tst_envproperty SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envproperty.cpp)
ogs_add_test(tst_envjournal SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envjournal.cpp)
