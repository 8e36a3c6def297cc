ogs_add_test(tst_compattable SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compattable.cpp)
ogs_add_test(tst_ollamaversion SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamaversion.cpp)
ogs_add_test(tst_ollamainstall SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamainstall.cpp)
ogs_add_test(tst_recommender SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recommender.cpp)
