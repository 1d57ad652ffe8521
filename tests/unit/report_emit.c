/* report_emit.c: writes the report fixture (report_fixture.c) in one format
 * to a file, so that CTest can validate it with external tools (the SARIF
 * 2.1.0 JSON schema, Python's json and XML parsers).
 *   usage: report_emit FORMAT OUTPUT */
#include "report/report.h"
#include "report_fixture.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 3 || !ward_report_format_valid(argv[1])) {
        fprintf(stderr, "usage: report_emit text|json|sarif|junit|github OUTPUT\n");
        return 2;
    }
    FILE *fp = fopen(argv[2], "wb");
    if (!fp) {
        perror(argv[2]);
        return 1;
    }
    rf_fixture fx;
    rf_fixture_init(&fx);
    ward_writer w;
    ward_writer_file(&w, fp);
    int rc = ward_report_write(&w, argv[1], &fx.ctx);
    rf_fixture_free(&fx);
    if (fclose(fp) != 0)
        rc = -1;
    if (rc != 0)
        fprintf(stderr, "report_emit: cannot write %s report to %s\n", argv[1], argv[2]);
    return rc == 0 ? 0 : 1;
}
