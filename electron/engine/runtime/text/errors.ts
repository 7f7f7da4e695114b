/// An error from the text library, named by its Python exception type; the
/// VM turns it into that exception.
export class PyErrorSpec {
  constructor(
    readonly type: 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError' | 'IndexError' | 'KeyError',
    readonly message: string,
  ) {}
}
