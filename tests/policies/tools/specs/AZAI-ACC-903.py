R = "AZAI-ACC-903"
E = "Microsoft.Authorization/roleEligibilityScheduleRequests"


def req(name):
    return arm(E, name, "2020-10-01", {"principalId": "1", "roleDefinitionId": "/x/8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
               "requestType": "AdminAssign", "scheduleInfo": {"expiration": {"type": "AfterDuration", "duration": "P90D"}}}, location=None)


CASES = [
    case("arm_once", "arm", [req("r1"), req("r2")], [(R, "fail", (0, None))]),
    case("arm_none", "arm", [arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI")], [(R, "none")]),
    case("tf_once", "tf", [tf("azurerm_pim_eligible_role_assignment", "p", {"scope": "/x", "role_definition_id": "/x/y", "principal_id": "1"})],
         [(R, "fail", (0, None))]),
]
