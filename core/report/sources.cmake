target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diagnosticbundle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagnosticbundle.h
    ${CMAKE_CURRENT_LIST_DIR}/zipwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zipwriter.h
)
