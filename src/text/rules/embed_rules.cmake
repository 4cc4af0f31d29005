# Embeds the claim spotter's rule files (one JSON file per language) into crible_text as raw
# string literals. crible_text is a static library, so a Qt resource would need
# Q_INIT_RESOURCE in every program; a generated source file needs nothing. Editing a rule file
# re-runs the configure step (CMAKE_CONFIGURE_DEPENDS), which regenerates the file.
file(GLOB _crible_rule_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/rules/*.json)
list(SORT _crible_rule_files)
set(CRIBLE_SPOTTER_RULE_ENTRIES "")
foreach(_crible_rule_file IN LISTS _crible_rule_files)
    get_filename_component(_crible_rule_lang ${_crible_rule_file} NAME_WE)
    file(READ ${_crible_rule_file} _crible_rule_json)
    string(FIND "${_crible_rule_json}" ")crible_rules\"" _crible_rule_clash)
    if(NOT _crible_rule_clash EQUAL -1)
        message(FATAL_ERROR "${_crible_rule_file} contains the raw string delimiter")
    endif()
    string(APPEND CRIBLE_SPOTTER_RULE_ENTRIES
           "    {\"${_crible_rule_lang}\", R\"crible_rules(${_crible_rule_json})crible_rules\"},\n")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_crible_rule_file})
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${CMAKE_CURRENT_SOURCE_DIR}/rules/spotter_rules.cpp.in)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/rules/spotter_rules.cpp.in
               ${CMAKE_CURRENT_BINARY_DIR}/spotter_rules.cpp @ONLY)
target_sources(crible_text PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/spotter_rules.cpp)
