R = "AZAI-MOD-001"
P = "Microsoft.Security/pricings"

CASES = [
    case("arm_fail", "arm", [arm(P, "AI", "2024-01-01", {"pricingTier": "Free"}, location=None)],
         [(R, "fail", (0, "properties.pricingTier"))]),
    case("arm_pass", "arm", [
        arm(P, "AI", "2024-01-01", {"pricingTier": "Standard", "extensions": [{"name": "AIPromptEvidence", "isEnabled": "True"}]}, location=None),
        arm(P, "VirtualMachines", "2024-01-01", {"pricingTier": "Free"}, location=None),
    ], [(R, "none")], comment="other plans are out of scope"),
    case("arm_extension", "arm", [
        arm(P, "AI", "2024-01-01", {"pricingTier": "Standard", "extensions": [{"name": "AIPromptEvidence", "isEnabled": "false"}]}, location=None),
    ], [(R, "fail", (0, "properties.extensions"))], params={"requiredDefenderAIExtensions": ["AIPromptEvidence"]}),
    case("arm_absent", "arm", [arm(P, "AI", "2024-01-01", {}, location=None)], [(R, "fail", (0, "properties"))]),
    case("arm_not_evidenced", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "fail", (0, None))], params={"requireDefenderPlanInTemplates": True}),
    case("arm_info_not_evidenced", "arm", [
        arm("Microsoft.CognitiveServices/accounts", "oai", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}),
        arm("Microsoft.CognitiveServices/accounts", "oai2", "2024-10-01", {}, kind="OpenAI", sku={"name": "S0"}),
    ], [(R, "fail", (0, None))], comment="no AI plan in the template: one info finding (not evidenced) per deployment set"),
    case("tf_info_not_evidenced", "tf", [
        tf("azurerm_cognitive_account", "oai", {"name": "oai", "kind": "OpenAI", "sku_name": "S0"}),
    ], [(R, "fail", (0, None))], comment="info: the plan is usually set centrally"),
    case("arm_param", "arm", [arm(P, "AI", "2024-01-01", {"pricingTier": "[parameters('tier')]"}, location=None)],
         [(R, "fail", (0, "properties.pricingTier"))], parameters={"tier": param("string", "Free")}),
    case("tf_fail", "tf", [
        tf("azurerm_security_center_subscription_pricing", "ai", {"tier": "Free", "resource_type": "AI", "extension": []}),
    ], [(R, "fail", (0, "tier"))]),
    case("tf_pass", "tf", [
        tf("azurerm_security_center_subscription_pricing", "ai", {"tier": "Standard", "resource_type": "AI",
            "extension": [{"name": "AIPromptEvidence", "additional_extension_properties": None}]}),
        tf("azurerm_security_center_subscription_pricing", "vm", {"tier": "Free"}),
    ], [(R, "none")], comment="resource_type defaults to VirtualMachines: that block is not the AI plan"),
    case("tf_unknown", "tf", [
        tf("azurerm_security_center_subscription_pricing", "ai", {"tier": UNKNOWN, "resource_type": "AI"}),
    ], [(R, "unknown", (0, ""))]),
]
