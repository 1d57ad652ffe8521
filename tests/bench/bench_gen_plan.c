/* bench_gen_plan.c: writes a large Terraform-plan-shaped JSON file.
 *
 *   bench_gen_plan <MB> <out>
 *
 * The output mimics `terraform show -json` (compact, one line): planned_values
 * with a root module and child modules of azurerm resources (storage
 * accounts, key vaults, NSGs with rule lists, Linux VMs, OpenAI accounts),
 * then resource_changes with before/after/after_unknown/after_sensitive for
 * the same resources.  Values are pseudo-random but deterministic per
 * resource index, so planned_values and resource_changes agree. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MODULE_SIZE = 250 };

typedef struct gen {
    FILE *out;
    uint64_t rng;
    uint64_t bytes;
} gen;

static void emit(gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void emit(gen *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(g->out, fmt, ap);
    va_end(ap);
    if (n > 0)
        g->bytes += (uint64_t)n;
}

static uint32_t rnd(gen *g)
{
    g->rng = g->rng * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(g->rng >> 33);
}

static const char *pick(gen *g, const char *const *list, size_t n) { return list[rnd(g) % n]; }
#define PICK(g, arr) pick(g, arr, sizeof arr / sizeof *arr)

static const char *const locations[] = {"eastus", "westeurope", "swedencentral", "eastus2", "uksouth"};
static const char *const envs[] = {"prod", "dev", "test", "staging"};
static const char *const types[] = {"azurerm_storage_account", "azurerm_key_vault",
                                    "azurerm_network_security_group",
                                    "azurerm_linux_virtual_machine", "azurerm_cognitive_account"};

static void guid(gen *g, char out[37])
{
    snprintf(out, 37, "%08x-%04x-%04x-%04x-%08x%04x", rnd(g), rnd(g) & 0xFFFF, rnd(g) & 0xFFFF,
             rnd(g) & 0xFFFF, rnd(g), rnd(g) & 0xFFFF);
}

static void tags(gen *g, int i)
{
    emit(g, "\"tags\":{\"cost_center\":\"cc-%04u\",\"environment\":\"%s\",\"owner\":\"team-%02u@contoso.com\","
            "\"workload\":\"app%03d\"}",
         rnd(g) % 10000, PICK(g, envs), rnd(g) % 40, i % 1000);
}

static void subnet_id(gen *g, const char *sub, int i)
{
    emit(g, "\"/subscriptions/%s/resourceGroups/rg-net-%d/providers/Microsoft.Network/virtualNetworks/"
            "vnet-%d/subnets/snet-%d\"",
         sub, i % 17, i % 5, (int)(rnd(g) % 8));
}

static void storage_account(gen *g, int i, const char *sub, const char *loc, const char *rg)
{
    emit(g, "\"access_tier\":\"Hot\",\"account_kind\":\"StorageV2\",\"account_replication_type\":\"%s\","
            "\"account_tier\":\"Standard\",\"allow_nested_items_to_be_public\":%s,"
            "\"allowed_copy_scope\":null,\"azure_files_authentication\":[],"
            "\"blob_properties\":[{\"change_feed_enabled\":false,\"change_feed_retention_in_days\":null,"
            "\"container_delete_retention_policy\":[{\"days\":%u}],\"cors_rule\":[],"
            "\"default_service_version\":null,\"delete_retention_policy\":[{\"days\":%u}],"
            "\"last_access_time_enabled\":false,\"restore_policy\":[],\"versioning_enabled\":%s}],"
            "\"cross_tenant_replication_enabled\":false,\"custom_domain\":[],\"customer_managed_key\":[],"
            "\"default_to_oauth_authentication\":false,\"edge_zone\":null,"
            "\"enable_https_traffic_only\":true,\"identity\":[{\"identity_ids\":null,\"type\":\"SystemAssigned\"}],"
            "\"immutability_policy\":[],\"infrastructure_encryption_enabled\":%s,\"is_hns_enabled\":false,"
            "\"large_file_share_enabled\":null,\"local_user_enabled\":true,\"location\":\"%s\","
            "\"min_tls_version\":\"%s\",\"name\":\"st%s%05d\",",
         rnd(g) % 2 ? "GRS" : "ZRS", rnd(g) % 5 ? "false" : "true", 7 + rnd(g) % 30, 7 + rnd(g) % 30,
         rnd(g) % 3 ? "true" : "false", rnd(g) % 2 ? "true" : "false", loc,
         rnd(g) % 6 ? "TLS1_2" : "TLS1_0", PICK(g, envs), i);
    emit(g, "\"network_rules\":[{\"bypass\":[\"AzureServices\"],\"default_action\":\"%s\","
            "\"ip_rules\":[\"203.0.113.%u\",\"198.51.100.0/24\"],\"private_link_access\":[],"
            "\"virtual_network_subnet_ids\":[",
         rnd(g) % 4 ? "Deny" : "Allow", rnd(g) % 255);
    subnet_id(g, sub, i);
    emit(g, "]}],\"nfsv3_enabled\":false,\"public_network_access_enabled\":%s,\"queue_encryption_key_type\":"
            "\"Service\",\"queue_properties\":[],\"resource_group_name\":\"%s\",\"routing\":[],"
            "\"sas_policy\":[],\"sftp_enabled\":false,\"share_properties\":[],"
            "\"shared_access_key_enabled\":%s,\"static_website\":[],\"table_encryption_key_type\":\"Service\",",
         rnd(g) % 3 ? "false" : "true", rg, rnd(g) % 2 ? "true" : "false");
    tags(g, i);
    emit(g, ",\"timeouts\":null");
}

static void key_vault(gen *g, int i, const char *sub, const char *loc, const char *rg)
{
    char tenant[37], obj[37];
    guid(g, tenant);
    guid(g, obj);
    emit(g, "\"access_policy\":[{\"application_id\":\"\",\"certificate_permissions\":[\"Get\",\"List\"],"
            "\"key_permissions\":[\"Get\",\"List\",\"Create\",\"WrapKey\",\"UnwrapKey\"],"
            "\"object_id\":\"%s\",\"secret_permissions\":[\"Get\",\"List\",\"Set\"],"
            "\"storage_permissions\":[],\"tenant_id\":\"%s\"}],\"contact\":[],"
            "\"enable_rbac_authorization\":%s,\"enabled_for_deployment\":false,"
            "\"enabled_for_disk_encryption\":true,\"enabled_for_template_deployment\":false,"
            "\"location\":\"%s\",\"name\":\"kv-%s-%05d\",\"network_acls\":[{\"bypass\":\"AzureServices\","
            "\"default_action\":\"%s\",\"ip_rules\":[],\"virtual_network_subnet_ids\":[",
         obj, tenant, rnd(g) % 2 ? "true" : "false", loc, PICK(g, envs), i,
         rnd(g) % 4 ? "Deny" : "Allow");
    subnet_id(g, sub, i);
    emit(g, "]}],\"public_network_access_enabled\":%s,\"purge_protection_enabled\":%s,"
            "\"resource_group_name\":\"%s\",\"sku_name\":\"%s\",\"soft_delete_retention_days\":%u,",
         rnd(g) % 3 ? "false" : "true", rnd(g) % 4 ? "true" : "false", rg,
         rnd(g) % 2 ? "premium" : "standard", 7 + rnd(g) % 84);
    tags(g, i);
    emit(g, ",\"tenant_id\":\"%s\",\"timeouts\":null", tenant);
}

static void nsg(gen *g, int i, const char *loc, const char *rg)
{
    static const char *const ports[] = {"22", "3389", "443", "80", "1433", "*", "8080-8090"};
    emit(g, "\"location\":\"%s\",\"name\":\"nsg-%s-%05d\",\"resource_group_name\":\"%s\",\"security_rule\":[",
         loc, PICK(g, envs), i, rg);
    unsigned n = 3 + rnd(g) % 6;
    for (unsigned r = 0; r < n; r++) {
        emit(g, "%s{\"access\":\"%s\",\"description\":\"rule %u for workload %d\","
                "\"destination_address_prefix\":\"*\",\"destination_address_prefixes\":[],"
                "\"destination_application_security_group_ids\":[],\"destination_port_range\":\"%s\","
                "\"destination_port_ranges\":[],\"direction\":\"%s\",\"name\":\"rule-%u\",\"priority\":%u,"
                "\"protocol\":\"%s\",\"source_address_prefix\":\"%s\",\"source_address_prefixes\":[],"
                "\"source_application_security_group_ids\":[],\"source_port_range\":\"*\","
                "\"source_port_ranges\":[]}",
             r ? "," : "", rnd(g) % 3 ? "Allow" : "Deny", r, i, PICK(g, ports),
             rnd(g) % 2 ? "Inbound" : "Outbound", r, 100 + r * 10, rnd(g) % 2 ? "Tcp" : "*",
             rnd(g) % 4 ? "10.0.0.0/8" : "*");
    }
    emit(g, "],");
    tags(g, i);
    emit(g, ",\"timeouts\":null");
}

static void linux_vm(gen *g, int i, const char *sub, const char *loc, const char *rg)
{
    emit(g, "\"additional_capabilities\":[],\"admin_password\":null,\"admin_ssh_key\":[{\"public_key\":"
            "\"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC%08x%08x%08x%08x%08x%08x%08x%08x deploy@ci\","
            "\"username\":\"azureuser\"}],\"admin_username\":\"azureuser\",\"allow_extension_operations\":true,"
            "\"availability_set_id\":null,\"boot_diagnostics\":[],\"computer_name\":\"vm-%05d\","
            "\"custom_data\":null,\"dedicated_host_id\":null,\"disable_password_authentication\":%s,"
            "\"encryption_at_host_enabled\":%s,\"eviction_policy\":null,\"extensions_time_budget\":\"PT1H30M\","
            "\"identity\":[],\"license_type\":null,\"location\":\"%s\",\"max_bid_price\":-1,"
            "\"name\":\"vm-%s-%05d\",\"network_interface_ids\":[\"/subscriptions/%s/resourceGroups/%s/"
            "providers/Microsoft.Network/networkInterfaces/nic-%05d\"],\"os_disk\":[{\"caching\":\"ReadWrite\","
            "\"diff_disk_settings\":[],\"disk_encryption_set_id\":null,\"disk_size_gb\":%u,"
            "\"name\":\"osdisk-%05d\",\"storage_account_type\":\"Premium_LRS\","
            "\"write_accelerator_enabled\":false}],\"patch_mode\":\"ImageDefault\",\"plan\":[],"
            "\"priority\":\"Regular\",\"provision_vm_agent\":true,\"resource_group_name\":\"%s\","
            "\"secret\":[],\"secure_boot_enabled\":%s,\"size\":\"Standard_D%us_v5\","
            "\"source_image_id\":null,\"source_image_reference\":[{\"offer\":\"0001-com-ubuntu-server-jammy\","
            "\"publisher\":\"Canonical\",\"sku\":\"22_04-lts-gen2\",\"version\":\"latest\"}],",
         rnd(g), rnd(g), rnd(g), rnd(g), rnd(g), rnd(g), rnd(g), rnd(g), i,
         rnd(g) % 5 ? "true" : "false", rnd(g) % 2 ? "true" : "false", loc, PICK(g, envs), i, sub, rg, i,
         30 + rnd(g) % 100, i, rg, rnd(g) % 2 ? "true" : "false", 2u << (rnd(g) % 4));
    tags(g, i);
    emit(g, ",\"termination_notification\":[],\"timeouts\":null,\"vtpm_enabled\":false,"
            "\"zone\":\"%u\"", 1 + rnd(g) % 3);
}

static void openai(gen *g, int i, const char *loc, const char *rg)
{
    emit(g, "\"custom_question_answering_search_service_id\":null,\"custom_subdomain_name\":\"oai-%s-%05d\","
            "\"customer_managed_key\":[],\"dynamic_throttling_enabled\":null,\"fqdns\":null,"
            "\"identity\":[{\"identity_ids\":null,\"type\":\"SystemAssigned\"}],\"kind\":\"OpenAI\","
            "\"local_auth_enabled\":%s,\"location\":\"%s\",\"metrics_advisor_aad_client_id\":null,"
            "\"name\":\"oai-%s-%05d\",\"network_acls\":[{\"default_action\":\"%s\",\"ip_rules\":[],"
            "\"virtual_network_rules\":[]}],\"outbound_network_access_restricted\":%s,"
            "\"public_network_access_enabled\":%s,\"resource_group_name\":\"%s\",\"sku_name\":\"S0\",",
         PICK(g, envs), i, rnd(g) % 2 ? "true" : "false", loc, PICK(g, envs), i,
         rnd(g) % 3 ? "Deny" : "Allow", rnd(g) % 2 ? "true" : "false", rnd(g) % 3 ? "false" : "true", rg);
    tags(g, i);
    emit(g, ",\"timeouts\":null");
}

/* The values object of resource i (same output for the same i). */
static void values(gen *g, int i)
{
    char sub[37], rg[48];
    g->rng = 0x9E3779B97F4A7C15u * (uint64_t)(i + 1);
    guid(g, sub);
    const char *loc = PICK(g, locations);
    snprintf(rg, sizeof rg, "rg-%s-%s-%03d", PICK(g, envs), loc, i % 200);
    emit(g, "{");
    switch (i % 5) {
    case 0: storage_account(g, i, sub, loc, rg); break;
    case 1: key_vault(g, i, sub, loc, rg); break;
    case 2: nsg(g, i, loc, rg); break;
    case 3: linux_vm(g, i, sub, loc, rg); break;
    default: openai(g, i, loc, rg); break;
    }
    emit(g, "}");
}

/* What `terraform plan` cannot know before apply, per resource type. */
static void after_unknown(gen *g, int i)
{
    static const char *const unknown[] = {
        "\"blob_properties\":[{\"container_delete_retention_policy\":[{}],\"cors_rule\":[],"
        "\"delete_retention_policy\":[{}],\"restore_policy\":[]}],\"id\":true,\"identity\":[{\"principal_id\":"
        "true,\"tenant_id\":true}],\"network_rules\":[{\"bypass\":[false],\"ip_rules\":[false,false],"
        "\"virtual_network_subnet_ids\":[false]}],\"primary_access_key\":true,\"primary_blob_endpoint\":true,"
        "\"primary_connection_string\":true,\"secondary_access_key\":true,\"tags\":{}",
        "\"access_policy\":[{\"certificate_permissions\":[false,false],\"key_permissions\":[false,false,false,"
        "false,false],\"secret_permissions\":[false,false,false],\"storage_permissions\":[]}],\"contact\":[],"
        "\"id\":true,\"network_acls\":[{\"ip_rules\":[],\"virtual_network_subnet_ids\":[false]}],"
        "\"resource_id\":true,\"tags\":{},\"vault_uri\":true",
        "\"id\":true,\"security_rule\":[{},{},{}],\"tags\":{}",
        "\"admin_ssh_key\":[{}],\"id\":true,\"network_interface_ids\":[false],\"os_disk\":[{\"diff_disk_settings\""
        ":[]}],\"private_ip_address\":true,\"public_ip_address\":true,\"tags\":{},\"virtual_machine_id\":true",
        "\"endpoint\":true,\"id\":true,\"identity\":[{\"principal_id\":true,\"tenant_id\":true}],"
        "\"network_acls\":[{\"ip_rules\":[],\"virtual_network_rules\":[]}],\"primary_access_key\":true,"
        "\"secondary_access_key\":true,\"tags\":{}",
    };
    (void)g;
    emit(g, "{%s}", unknown[i % 5]);
}

static void address(char *out, size_t n, int i, int nroot)
{
    const char *type = types[i % 5];
    if (i < nroot)
        snprintf(out, n, "%s.r%05d", type, i);
    else
        snprintf(out, n, "module.spoke_%03d.%s.r%05d", (i - nroot) / MODULE_SIZE, type, i);
}

static void planned_resource(gen *g, int i, int nroot)
{
    char addr[96];
    address(addr, sizeof addr, i, nroot);
    emit(g, "{\"address\":\"%s\",\"mode\":\"managed\",\"type\":\"%s\",\"name\":\"r%05d\","
            "\"provider_name\":\"registry.terraform.io/hashicorp/azurerm\",\"schema_version\":%d,\"values\":",
         addr, types[i % 5], i, i % 5 == 0 ? 4 : 0);
    values(g, i);
    emit(g, ",\"sensitive_values\":{\"tags\":{}}}");
}

static void resource_change(gen *g, int i, int nroot)
{
    char addr[96];
    address(addr, sizeof addr, i, nroot);
    emit(g, "{\"address\":\"%s\",", addr);
    if (i >= nroot)
        emit(g, "\"module_address\":\"module.spoke_%03d\",", (i - nroot) / MODULE_SIZE);
    emit(g, "\"mode\":\"managed\",\"type\":\"%s\",\"name\":\"r%05d\",\"provider_name\":"
            "\"registry.terraform.io/hashicorp/azurerm\",\"change\":{\"actions\":[\"%s\"],\"before\":null,"
            "\"after\":",
         types[i % 5], i, i % 50 == 7 ? "delete" : "create");
    values(g, i);
    emit(g, ",\"after_unknown\":");
    after_unknown(g, i);
    emit(g, ",\"before_sensitive\":false,\"after_sensitive\":{\"admin_password\":true,\"tags\":{}}}}");
}

int main(int argc, char **argv)
{
    if (argc != 3 || atof(argv[1]) <= 0) {
        fprintf(stderr, "usage: bench_gen_plan <MB> <out>\n");
        return 2;
    }
    uint64_t target = (uint64_t)(atof(argv[1]) * 1000 * 1000);
    gen g = {fopen(argv[2], "wb"), 1, 0};
    if (!g.out) {
        perror(argv[2]);
        return 1;
    }
    /* planned_values take a bit less than half: resource_changes repeat the
     * values and add after_unknown. */
    emit(&g, "{\"format_version\":\"1.2\",\"terraform_version\":\"1.7.5\",\"planned_values\":{\"root_module\":"
             "{\"resources\":[");
    int n = 0, nroot = 0;
    while (g.bytes < target / 20 || n == 0) {
        emit(&g, n ? "," : "");
        planned_resource(&g, n++, 1 << 30);
    }
    nroot = n;
    emit(&g, "],\"child_modules\":[");
    for (int m = 0; g.bytes < target * 46 / 100; m++) {
        emit(&g, "%s{\"address\":\"module.spoke_%03d\",\"resources\":[", m ? "," : "", m);
        for (int k = 0; k < MODULE_SIZE; k++) {
            emit(&g, k ? "," : "");
            planned_resource(&g, n++, nroot);
        }
        emit(&g, "]}");
    }
    emit(&g, "]}},\"resource_changes\":[");
    for (int i = 0; i < n; i++) {
        emit(&g, i ? "," : "");
        resource_change(&g, i, nroot);
    }
    emit(&g, "],\"configuration\":{\"provider_config\":{\"azurerm\":{\"name\":\"azurerm\","
             "\"full_name\":\"registry.terraform.io/hashicorp/azurerm\",\"expressions\":{\"features\":[{}]}}}}}\n");
    if (fclose(g.out) != 0) {
        perror(argv[2]);
        return 1;
    }
    printf("%s: %.1f MB, %d resources (%d in the root module)\n", argv[2], (double)g.bytes / 1e6, n, nroot);
    return 0;
}
