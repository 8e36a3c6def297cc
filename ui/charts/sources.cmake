target_sources(ogs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/decimatedseries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/decimatedseries.h
    ${CMAKE_CURRENT_LIST_DIR}/rollingchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollingchart.h
)
