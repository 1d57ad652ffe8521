# YAML documents (libyaml event API) -> located document trees.
list(APPEND WARD_READER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/yaml.c)
