ogs_add_test(tst_zipwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_zipwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/unzip.h)
ogs_add_test(tst_diagnosticbundle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnosticbundle.cpp ${CMAKE_CURRENT_LIST_DIR}/unzip.h)
ogs_add_test(tst_bundlecli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bundlecli.cpp ${CMAKE_CURRENT_LIST_DIR}/unzip.h)
