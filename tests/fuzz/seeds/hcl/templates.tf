locals {
  xs = ["a", "b"]
  m  = { a = { id = 1 }, b = { id = 2 } }
}
resource "x_t" "a" {
  h = <<EOF
line ${local.xs[0]} %{ for x in local.xs ~}
${x}
%{~ endfor }
EOF
  i = <<-EOT
    one
      two ${upper("x")}
    EOT
  d = "%{if length(local.xs) > 1}yes%{else}no%{endif} $${lit} \u00e9"
  f = [for k, v in local.m : "${k}=${v.id}" if v.id > 0]
  g = {for x in ["a", "b", "a"] : x => x...}
  s = local.m[*].id
  t = local.xs.*.length
  c = try(local.m.c, can(local.m.a) ? 1 : 0)
  n = provider::azurerm::parse_resource_id("x")
  o = { a = 1, "b" = 2, (local.xs[0]) = 3, c: 4 }
  e = -1 + 2 * 3 / 4 % 5 == 1 || !true && 1 <= 2
}
