# generators.cmake: the only place re2c and lemon are invoked.
# Outputs go to ${CMAKE_BINARY_DIR}/generated; nothing generated is committed.

find_program(RE2C_EXE re2c REQUIRED)
find_program(LEMON_EXE lemon REQUIRED)
find_file(LEMON_TEMPLATE lempar.c PATHS /usr/share/lemon /usr/local/share/lemon /usr/share REQUIRED
          NO_DEFAULT_PATH)
set(WARD_GEN_DIR ${CMAKE_BINARY_DIR}/generated)
file(MAKE_DIRECTORY ${WARD_GEN_DIR})

# ward_add_lemon(<name>): grammar/<name>.y -> generated/<name>.c/.h.
# lemon exits non-zero on any conflict, which fails the build (our %expect 0).
function(ward_add_lemon name)
  set(src ${PROJECT_SOURCE_DIR}/grammar/${name}.y)
  add_custom_command(
    OUTPUT ${WARD_GEN_DIR}/${name}.c ${WARD_GEN_DIR}/${name}.h
    COMMAND ${CMAKE_COMMAND} -E copy ${src} ${WARD_GEN_DIR}/${name}.y
    COMMAND ${LEMON_EXE} -q -T${LEMON_TEMPLATE} -d${WARD_GEN_DIR} ${WARD_GEN_DIR}/${name}.y
    MAIN_DEPENDENCY ${src}
    COMMENT "lemon ${name}.y"
    VERBATIM)
endfunction()

# ward_add_re2c(<name> [DEPENDS header...]): grammar/<name>.re -> generated/<name>.c.
function(ward_add_re2c name)
  cmake_parse_arguments(ARG "" "" "DEPENDS" ${ARGN})
  set(src ${PROJECT_SOURCE_DIR}/grammar/${name}.re)
  add_custom_command(
    OUTPUT ${WARD_GEN_DIR}/${name}.c
    COMMAND ${RE2C_EXE} -W -Werror --no-generation-date --no-version -o ${WARD_GEN_DIR}/${name}.c ${src}
    MAIN_DEPENDENCY ${src}
    DEPENDS ${ARG_DEPENDS}
    COMMENT "re2c ${name}.re"
    VERBATIM)
endfunction()

# Generated code is not ours: no -Werror, fewer warnings.
function(ward_relax_generated)
  set_source_files_properties(${ARGN} PROPERTIES
    COMPILE_OPTIONS "-Wno-error;-Wno-missing-prototypes;-Wno-strict-prototypes;-Wno-shadow;-Wno-pedantic;-Wno-unused-variable;-Wno-unused-parameter;-Wno-unused-but-set-variable;-Wno-implicit-fallthrough;-Wno-sign-compare")
endfunction()
