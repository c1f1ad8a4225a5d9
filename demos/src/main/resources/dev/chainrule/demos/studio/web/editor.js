// A plain textarea with line numbers and an error marker: a backdrop behind the transparent textarea repeats the
// text, with the line of an error tinted and its column underlined. No library, nothing from the network.

export class Editor {
  constructor(root, onChange) {
    this.root = root;
    this.area = root.querySelector('textarea');
    this.gutter = root.querySelector('.gutter');
    this.backdrop = root.querySelector('.backdrop');
    this.error = null;
    this.area.addEventListener('input', () => {
      this.render();
      onChange(this.area.value);
    });
    this.area.addEventListener('scroll', () => this.sync());
    this.area.addEventListener('keydown', e => {
      if (e.key === 'Tab') {           // two spaces, not a jump out of the editor
        e.preventDefault();
        this.area.setRangeText('  ', this.area.selectionStart, this.area.selectionEnd, 'end');
        this.area.dispatchEvent(new Event('input'));
      }
    });
    this.render();
  }

  get value() {
    return this.area.value;
  }

  set value(text) {
    this.area.value = text;
    this.render();
  }

  /** Marks {line, column, message} (1-based; line 0 for an error about the whole program), or clears with null. */
  mark(error) {
    this.error = error && error.line > 0 ? error : null;
    this.render();
  }

  /** Puts the cursor at line:column and shows it. */
  goTo(line, column) {
    const lines = this.area.value.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, column - 1);
    this.area.focus();
    this.area.setSelectionRange(offset, offset);
  }

  render() {
    const lines = this.area.value.split('\n');
    this.gutter.textContent = lines.map((_, i) => String(i + 1)).join('\n') + '\n';
    this.backdrop.replaceChildren();
    lines.forEach((text, i) => {
      const row = document.createElement('span');
      row.className = 'row';
      if (this.error && this.error.line === i + 1) {
        row.classList.add('error-line');
        const c = Math.min(Math.max(this.error.column - 1, 0), text.length);
        const word = text.slice(c).match(/^[A-Za-z0-9_.]+|^./);
        const end = c + (word ? word[0].length : 0);
        const mark = document.createElement('mark');
        mark.className = 'error-at';
        mark.textContent = end > c ? text.slice(c, end) : ' ';
        row.append(text.slice(0, c), mark, text.slice(end));
        row.title = this.error.message;
      } else {
        row.textContent = text;
      }
      this.backdrop.append(row, '\n');
    });
    this.sync();
  }

  sync() {
    this.backdrop.scrollTop = this.area.scrollTop;
    this.backdrop.scrollLeft = this.area.scrollLeft;
    this.gutter.scrollTop = this.area.scrollTop;
  }
}
