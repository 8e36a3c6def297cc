ogs_add_test(tst_recommender SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recommender.cpp)
