/* report_fixture.c: see report_fixture.h.  Spans are found by searching the
 * fixture texts for snippets, so the texts can be edited without counting
 * bytes by hand. */
#include "report_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE_DIR "/home/dev/repo"

static const char main_bicep[] =
    "param localAuth bool = true\n"
    "param netId string\n"
    "\n"
    "resource openai 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\n"
    "  name: 'oai-prod'\n"
    "  location: resourceGroup().location\n"
    "  properties: {\n"
    "    disableLocalAuth: !localAuth\n"
    "    /* Zürich — équipe IA */ publicNetworkAccess: reference(netId).access\n"
    "  }\n"
    "}\n";

static const char params_json[] =
    "{\n"
    "  \"parameters\": {\n"
    "    \"localAuth\": { \"value\": true }\n"
    "  }\n"
    "}\n";

static const char broken_json[] = "{\"a\": }\n";

static const char net_bicep[] =
    "resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {\n"
    "  name: 'pe-oai'\n"
    "}\n";

static const char *const acc_refs[] = {
    "https://learn.microsoft.com/azure/ai-services/authentication",
    "Azure security baseline for Azure OpenAI, IM-1",
};

static const ward_rule_info rule_acc = {
    "AZAI-ACC-001", "Disable local (key) authentication", "Identity and access",
    "Key-based access bypasses Entra ID and cannot be scoped.\nSet `disableLocalAuth` to `true`.",
    WARD_SEV_HIGH, acc_refs, 2};
static const ward_rule_info rule_net = {
    "AZAI-NET-002", "Disable public network access", "Network",
    "Reach the account through a private endpoint only.", WARD_SEV_HIGH, NULL, 0};
static const ward_rule_info rule_cfg = {
    "AZAI-CFG-003", "Customer-managed keys for data at rest", "Data protection",
    "Encrypt with a key in your own Key Vault.", WARD_SEV_MEDIUM, NULL, 0};
static const ward_rule_info rule_tag = {
    "AZAI-TAG-004", "Tag AI resources with a data classification", "Governance",
    "Add a `dataClassification` tag.", WARD_SEV_LOW, NULL, 0};
static const ward_rule_info rule_log = {
    "AZAI-LOG-005", "Diagnostic settings retention", "Logging", NULL, WARD_SEV_INFO, NULL, 0};
static const ward_rule_info rule_enc = {
    "AZAI-ENC-006", "TLS 1.2 minimum", "Network",
    "Reject TLS versions below 1.2.", WARD_SEV_MEDIUM, NULL, 0};
/* Named by a finding but missing from the run's rule list on purpose. */
static const ward_rule_info rule_pe = {
    "AZAI-NET-007", "Private endpoints need a DNS zone group", "Network",
    "Link the endpoint to privatelink DNS zones.", WARD_SEV_LOW, NULL, 0};

static const ward_rule_info *const run_rules[] = {&rule_acc, &rule_net, &rule_cfg, &rule_tag, &rule_log,
                                                  &rule_enc};

/* Span of the `nth` (0-based) occurrence of `needle` in source `file`. */
static ward_span find(const rf_fixture *fx, uint32_t file, const char *needle, int nth)
{
    const ward_source *src = ward_sources_get(&fx->sources, file);
    const char *p = src ? src->text : NULL;
    for (int i = 0; p; i++) {
        p = strstr(p, needle);
        if (!p || i == nth)
            break;
        p++;
    }
    if (!p) {
        fprintf(stderr, "report fixture: \"%s\" not found in file %u\n", needle, file);
        abort();
    }
    uint32_t start = (uint32_t)(p - src->text);
    return ward_span_make(file, start, start + (uint32_t)strlen(needle));
}

static uint32_t add_source(rf_fixture *fx, const char *path, const char *text, size_t len)
{
    uint32_t id = ward_sources_add(&fx->sources, path, text, len);
    if (id == WARD_NO_FILE)
        abort();
    return id;
}

static ward_related *related2(rf_fixture *fx, ward_span a, const char *la, ward_span b, const char *lb)
{
    ward_related *r = ward_arena_zalloc(&fx->findings.arena, 2 * sizeof *r);
    if (!r)
        abort();
    r[0] = (ward_related){a, la};
    r[1] = (ward_related){b, lb};
    return r;
}

static void add(rf_fixture *fx, const ward_finding *f)
{
    if (!ward_findings_add(&fx->findings, f))
        abort();
}

static void add_main_findings(rf_fixture *fx, uint32_t bicep, uint32_t params)
{
    const char *type = "Microsoft.CognitiveServices/accounts";
    add(fx, &(ward_finding){
                .rule = &rule_acc, .severity = WARD_SEV_HIGH, .status = WARD_ST_FAIL,
                .message = "local authentication is enabled: disableLocalAuth is \"false\"",
                .span = find(fx, bicep, "disableLocalAuth: !localAuth", 0),
                .path = "properties.disableLocalAuth", .resource_type = type, .resource_name = "oai-prod",
                .resource_address = "openai", .family = "arm",
                .related = related2(fx, find(fx, bicep, "true", 0), "value from parameter 'localAuth' (default)",
                                    find(fx, params, "\"value\": true", 0), "value from the parameter file"),
                .nrelated = 2});
    /* Overridden to critical; the column counts code points after "ü", "—", "é". */
    add(fx, &(ward_finding){
                .rule = &rule_net, .severity = WARD_SEV_CRITICAL, .status = WARD_ST_UNKNOWN,
                .message = "publicNetworkAccess depends on reference(netId), known only at deployment",
                .span = find(fx, bicep, "publicNetworkAccess: reference(netId).access", 0),
                .path = "properties.publicNetworkAccess", .resource_type = type, .resource_name = "oai-prod",
                .resource_address = "openai", .family = "arm"});
    add(fx, &(ward_finding){
                .rule = &rule_cfg, .severity = WARD_SEV_MEDIUM, .status = WARD_ST_ERROR,
                .message = "rule stopped: evaluation budget exhausted (100000 steps)",
                .span = find(fx, bicep, "resource openai", 0), .resource_type = type,
                .resource_name = "oai-prod", .resource_address = "openai", .family = "arm"});
    add(fx, &(ward_finding){
                .rule = &rule_tag, .severity = WARD_SEV_LOW, .status = WARD_ST_FAIL,
                .message = "no dataClassification tag", .span = find(fx, bicep, "name: 'oai-prod'", 0),
                .path = "tags", .resource_type = type, .resource_name = "oai-prod", .resource_address = "openai",
                .family = "arm", .suppressed = 1,
                .suppress_reason = "tags are applied by Azure Policy; expires 2026-01-31"});
}

/* The module is called in a loop: one finding names both instances. */
static const char *pe_instances[] = {"module.net[0].pe", "module.net[1].pe"};

static void add_findings(rf_fixture *fx, uint32_t bicep, uint32_t params, uint32_t net)
{
    add_main_findings(fx, bicep, params);
    /* Outside the base directory, reached through a module call; the
     * message carries every character the formats must escape. */
    add(fx, &(ward_finding){
                .rule = &rule_pe, .severity = WARD_SEV_LOW, .status = WARD_ST_FAIL,
                .message = "endpoint 'pe-oai': no DNS zone group, 100% <public> & \"open\"\nsecond line",
                .span = find(fx, net, "name: 'pe-oai'", 0), .path = "properties.privateDnsZoneGroups",
                .resource_type = "Microsoft.Network/privateEndpoints", .resource_name = "pe-oai",
                .resource_address = "module.net[0].pe", .chain = "infra/main.bicep > module net",
                .family = "arm", .instances = pe_instances, .ninstances = 2});
    /* No location at all: a bad rule parameter. */
    add(fx, &(ward_finding){.rule = &rule_log, .severity = WARD_SEV_INFO, .status = WARD_ST_ERROR,
                            .message = "parameter 'retentionDays' is not a number", .span = ward_span_none()});
    ward_findings_sort(&fx->findings);
}

void rf_fixture_init(rf_fixture *fx)
{
    memset(fx, 0, sizeof *fx);
    ward_sources_init(&fx->sources);
    ward_findings_init(&fx->findings);
    ward_diags_init(&fx->errors);
    uint32_t bicep = add_source(fx, BASE_DIR "/infra/main.bicep", main_bicep, sizeof main_bicep - 1);
    uint32_t params = add_source(fx, "infra/ai,foundry params.json", params_json, sizeof params_json - 1);
    uint32_t broken = add_source(fx, BASE_DIR "/infra/broken.json", broken_json, sizeof broken_json - 1);
    uint32_t net = add_source(fx, "/opt/modules/net.bicep", net_bicep, sizeof net_bicep - 1);
    add_findings(fx, bicep, params, net);
    ward_diag_add(&fx->errors, WARD_D_DOC_SYNTAX, find(fx, broken, "}", 0), "expected a value, found '}'");
    ward_diag_add(&fx->errors, WARD_D_DOC_NOTE, ward_span_none(), "skipped 'node_modules' (excluded directory)");
    fx->ctx = (ward_report_ctx){
        .sources = &fx->sources, .findings = &fx->findings, .errors = &fx->errors, .rules = run_rules,
        .nrules = sizeof run_rules / sizeof run_rules[0], .base_dir = BASE_DIR, .tool_version = "0.1.0-test",
        .color = 0, .files_scanned = 4};
}

void rf_fixture_free(rf_fixture *fx)
{
    ward_findings_free(&fx->findings);
    ward_diags_free(&fx->errors);
    ward_sources_free(&fx->sources);
}
