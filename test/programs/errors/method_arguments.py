# A method counts self: the message names the method and the numbers include self.
class Oven:
    def heat(self, degrees):
        return degrees

Oven().heat(180)
Oven().heat(180, 200)

# expect stderr: TypeError: Oven.heat() takes 2 positional arguments but 3 were given
# expect exit: 1
