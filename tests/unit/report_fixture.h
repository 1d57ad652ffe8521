/* report_fixture.h: the run that the reporter tests render (check_report.c)
 * and that report_emit.c writes out for schema validation: four sources,
 * findings of every status (one suppressed, one without a location, one on
 * a line with non-ASCII text, one in a file outside the base directory),
 * related locations, and input diagnostics. */
#ifndef WARD_REPORT_FIXTURE_H
#define WARD_REPORT_FIXTURE_H

#include "report/report.h"

typedef struct rf_fixture {
    ward_sources sources;
    ward_findings findings;
    ward_diags errors;
    ward_report_ctx ctx;
} rf_fixture;

/* Builds the fixture; aborts (a broken test) if a snippet is not found. */
void rf_fixture_init(rf_fixture *fx);
void rf_fixture_free(rf_fixture *fx);

#endif
