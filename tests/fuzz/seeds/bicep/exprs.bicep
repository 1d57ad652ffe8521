var x = [for (a, i) in range(0, 3): if (i > 0) {
  v: '${a}-${i}'
  m: map([1, 2], x => x * 2)
  r: reduce([1], 0, (p, c) => p + c)
  t: i == 1 ? null ?? 'a' : {}.?b
}]
func f(a int) int => a + 1
type t = { @description('x')
  k: string?
  *: int }
