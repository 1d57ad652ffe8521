/* cmd_test.h: `ward test`: policy unit tests.  See docs/policy-tests.md. */
#ifndef WARD_CMD_TEST_H
#define WARD_CMD_TEST_H

#include "programs.h"

#include <stdio.h>

/* Runs every *.expect file under paths against the loaded programs.
 * Returns 0 all passed, 1 some failed, 2 bad test files or inputs. */
int ward_cmd_test(ward_progs *progs, ward_sources *src, const char *const *paths, size_t npaths, FILE *out);

#endif
