target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/findingfix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findingfix.h
    ${CMAKE_CURRENT_LIST_DIR}/findings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findings.h
    ${CMAKE_CURRENT_LIST_DIR}/logexcerpt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logexcerpt.h
    ${CMAKE_CURRENT_LIST_DIR}/loglocator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loglocator.h
    ${CMAKE_CURRENT_LIST_DIR}/logfmt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logfmt.h
    ${CMAKE_CURRENT_LIST_DIR}/logpatterns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logpatterns.h
    ${CMAKE_CURRENT_LIST_DIR}/logreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logreader.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamalog.h
)
