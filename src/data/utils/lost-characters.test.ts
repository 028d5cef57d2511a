import { describe, expect, it } from 'vitest';
import { lostCharacters } from './lost-characters.ts';

const committed = 'id,hours,title\nw-1,9:00–17:45,営業秘密—基礎\nw-2,平日,𠮷野家\n';

describe('lostCharacters', () => {
  it('names each ? that replaced a character CP932 cannot hold, with its row, column and the committed value', () => {
    const current = 'id,hours,title\r\nw-1,9:00?17:45,営業秘密?基礎\r\nw-2,平日,?野家\r\n';
    expect(lostCharacters(committed, current)).toEqual([
      { line: 2, column: 2, field: 'hours', original: '–', committed: '9:00–17:45' },
      { line: 2, column: 3, field: 'title', original: '—', committed: '営業秘密—基礎' },
      { line: 3, column: 3, field: 'title', original: '𠮷', committed: '𠮷野家' },
    ]);
  });

  it('matches rows by id and columns by name, wherever they moved', () => {
    expect(lostCharacters(committed, 'title,id\n?野家,w-2\n')).toEqual([{ line: 2, column: 1, field: 'title', original: '𠮷', committed: '𠮷野家' }]);
  });

  it('ignores a ? typed on purpose, a ? where CP932 could hold the character, and new rows', () => {
    expect(lostCharacters(committed, 'id,hours,title\nw-1,9:00–17:45,営業秘密—基礎?\n')).toEqual([]);
    expect(lostCharacters('id,t\nx,東京\n', 'id,t\nx,?京\n')).toEqual([]);
    expect(lostCharacters(committed, 'id,hours,title\nw-9,?,?\n')).toEqual([]);
  });
});
