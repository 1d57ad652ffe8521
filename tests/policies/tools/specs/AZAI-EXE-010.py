R = "AZAI-EXE-010"
C = "Microsoft.MachineLearningServices/workspaces/computes"


def ci(props, api="2025-12-01"):
    return arm_child(C, "ws/ci", api, {"computeType": "ComputeInstance", "properties": props}, location="eastus")


CASES = [
    case("arm_fail", "arm", [ci({"idleTimeBeforeShutdown": "PT4H"})], [(R, "fail", (0, "properties.properties.idleTimeBeforeShutdown"))]),
    case("arm_pass", "arm", [ci({"idleTimeBeforeShutdown": "PT30M", "setupScripts": {"scripts": {"creationScript": {
        "scriptSource": "workspace", "scriptData": "setup.sh", "timeout": "PT10M"}}}})], [(R, "none")]),
    case("arm_old_api", "arm", [ci({}, api="2025-06-01")], [(R, "unknown", (0, "properties.properties"))],
         comment="idleTimeBeforeShutdown needs API 2025-12-01"),
    case("arm_inline", "arm", [ci({"idleTimeBeforeShutdown": "PT30M", "setupScripts": {"scripts": {"startupScript": {
        "scriptSource": "inline", "scriptData": "echo hi", "timeout": "PT5M"}}}}, api="2026-05-01")],
        [(R, "unknown", (0, "properties.properties.setupScripts.scripts.startupScript.scriptSource"))]),
    case("tf_azapi", "tf", [tf("azapi_resource", "ci", {"type": C + "@2025-12-01", "name": "ci", "parent_id": "x",
        "body": {"properties": {"computeType": "ComputeInstance", "properties": {"vmSize": "x"}}}})],
        [(R, "fail", (0, "body.properties.properties"))]),
]
