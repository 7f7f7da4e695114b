# f-strings with format specs.
x = 42
pi = 3.14159265
name = "soup"
big = 1234567.891
print(f"[{x}] [{x:>8}] [{x:<8}] [{x:^8}] [{x:*^9}] [{x:08}] [{x:+d}]")
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:e}] [{pi:.0f}] [{2.5:.0f}]")
print(f"[{big:,}] [{big:,.2f}] [{1000000:,}] [{1234567:_}] [{-1234:,}]")
print(f"[{name!r}] [{name!s}] [{name:>6}] [{name:.2}] [{name.upper()}]")
print(f"[{x=}] [{pi=:.1f}] [{name=}] [{x + 1 = }]")
print(f"[{x:x}] [{x:X}] [{x:o}] [{x:b}] [{x:#x}] [{255:#010b}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{1/3:.3}] [{1e-7:g}] [{123456789.0:g}]")
print(f"{{braces}} {x}{x} {'nested' + ' quotes'} {[1, 2][0]} {{{x}}}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{x:{'^'}{width}}]")
items = {"pie": 6}
print(f"{items['pie']} {len(items)} {'yes' if x > 40 else 'no'} {x!r:>5}")
print(f"[{True}] [{None}] [{True:>6}] [{3:3}] [{'ab':3}]")

# expect: [42] [      42] [42      ] [   42   ] [***42****] [00000042] [+42]
# expect: [3.14] [     3.142] [3.1       ] [3.141593e+00] [3] [2]
# expect: [1,234,567.891] [1,234,567.89] [1,000,000] [1_234_567] [-1,234]
# expect: ['soup'] [soup] [  soup] [so] [SOUP]
# expect: [x=42] [pi=3.1] [name='soup'] [x + 1 = 43]
# expect: [2a] [2A] [52] [101010] [0x2a] [0b11111111]
# expect: [25.000000%] [25.0%] [0.333] [1e-07] [1.23457e+08]
# expect: {braces} 4242 nested quotes 1 {42}
# expect: [     3.142] [      soup] [    42    ]
# expect: 6 1 yes    42
# expect: [True] [None] [     1] [  3] [ab ]
