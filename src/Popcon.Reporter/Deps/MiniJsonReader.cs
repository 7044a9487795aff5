using System;
using System.Globalization;
using System.Text;

namespace Popcon.Reporter.Deps;

/// <summary>
/// A small forward-only JSON reader for deps.json files. The reporter loads into every process,
/// so taking a JSON package would be harm: it could clash with the version the host itself
/// loads, and it would be counted as used by every process. It builds no document: the caller
/// walks the objects it wants and skips the rest, so reading a deps.json allocates little more
/// than the strings kept, and touches few types the host has not loaded already.
/// </summary>
/// <remarks>
/// Calls follow the grammar: <see cref="BeginObject"/> (or <see cref="TryBeginObject"/> where a
/// value is expected) opens an object, <see cref="NextProperty"/> reads its members one by one
/// and consumes the closing brace, and every member's value is read or skipped before the next.
/// Malformed text throws <see cref="FormatException"/>, in skipped values too.
/// </remarks>
internal sealed class MiniJsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;

    // Whether the innermost open object has had a member yet, per depth: a ',' comes before
    // every member but the first.
    private readonly bool[] _hasMember = new bool[MaxDepth + 1];
    private int _depth;

    // Per container open in a value being skipped: whether it is an object.
    private bool[] _skipping = new bool[16];
    private int _position;

    public MiniJsonReader(string text)
    {
        _text = text;
    }

    /// <summary>Reads the '{' of the object that must come next.</summary>
    public void BeginObject()
    {
        SkipWhitespace();
        Expect('{');
        Open();
    }

    /// <summary>
    /// Where a value comes: opens it and returns true if it is an object, else skips it.
    /// </summary>
    public bool TryBeginObject()
    {
        SkipWhitespace();
        if (Peek() != '{')
        {
            SkipValue();
            return false;
        }

        _position++;
        Open();
        return true;
    }

    /// <summary>
    /// Reads the next member's name and the ':' after it; false when the object ends, its '}'
    /// read.
    /// </summary>
    // members = '}' | member { ',' member } '}'   member = string ':' value
    public bool NextProperty(out string name)
    {
        SkipWhitespace();
        if (TryConsume('}'))
        {
            _depth--;
            name = string.Empty;
            return false;
        }

        if (_hasMember[_depth])
        {
            Expect(',');
            SkipWhitespace();
        }

        _hasMember[_depth] = true;
        name = ReadString();
        SkipWhitespace();
        Expect(':');
        return true;
    }

    /// <summary>Where a value comes: whether it is a string.</summary>
    public bool AtString()
    {
        SkipWhitespace();
        return Peek() == '"';
    }

    /// <summary>Where a value comes: returns it if it is a string, else skips it and returns null.</summary>
    public string? ReadStringOrSkip()
    {
        SkipWhitespace();
        if (Peek() == '"')
        {
            return ReadString();
        }

        SkipValue();
        return null;
    }

    /// <summary>Where a value comes: reads past it, checking its syntax.</summary>
    public void SkipValue()
    {
        Skip();
    }

    /// <summary>Checks that nothing but whitespace follows the top-level value.</summary>
    public void End()
    {
        SkipWhitespace();
        if (_position != _text.Length || _depth != 0)
        {
            throw Error("trailing characters");
        }
    }

    private void Open()
    {
        if (_depth == MaxDepth)
        {
            throw Error("nesting too deep");
        }

        _hasMember[++_depth] = false;
    }

    // value = object | array | string | number | true | false | null
    // object = '{' [ string ':' value { ',' string ':' value } ] '}'
    // array  = '[' [ value { ',' value } ] ']'
    // Skipped with a stack of its own rather than by recursion: the host reads files nested
    // deeper than any fixed limit, and a skipped value can be as deep as the file allows.
    private void Skip()
    {
        var open = 0;
        while (true)
        {
            SkipWhitespace();
            var c = Peek();
            if (c is '{' or '[')
            {
                _position++;
                SkipWhitespace();
                if (!TryConsume(c == '{' ? '}' : ']'))
                {
                    Push(ref open, c == '{');
                    if (c == '{')
                    {
                        ReadMemberName();
                    }

                    continue;
                }
            }
            else
            {
                SkipScalar(c);
            }

            // A value ended: close the containers that end with it, then on to the next member.
            while (open > 0)
            {
                SkipWhitespace();
                var isObject = _skipping[open - 1];
                if (TryConsume(isObject ? '}' : ']'))
                {
                    open--;
                    continue;
                }

                Expect(',');
                if (isObject)
                {
                    ReadMemberName();
                }

                break;
            }

            if (open == 0)
            {
                return;
            }
        }
    }

    private void Push(ref int open, bool isObject)
    {
        if (open == _skipping.Length)
        {
            var larger = new bool[_skipping.Length * 2];
            Array.Copy(_skipping, larger, _skipping.Length);
            _skipping = larger;
        }

        _skipping[open++] = isObject;
    }

    private void ReadMemberName()
    {
        SkipWhitespace();
        _ = ReadString();
        SkipWhitespace();
        Expect(':');
    }

    private void SkipScalar(char first)
    {
        switch (first)
        {
            case '"':
                _ = ReadString();
                break;
            case 't':
                ReadLiteral("true");
                break;
            case 'f':
                ReadLiteral("false");
                break;
            case 'n':
                ReadLiteral("null");
                break;
            default:
                ReadNumber();
                break;
        }
    }

    // string = '"' { unescaped | '\' ( '"' '\' '/' 'b' 'f' 'n' 'r' 't' | 'u' 4hex ) } '"'
    private string ReadString()
    {
        Expect('"');

        // Nearly every string in a deps.json has no escape: cut it out of the text in one piece.
        var start = _position;
        while (_position < _text.Length && _text[_position] != '\\')
        {
            if (_text[_position] == '"')
            {
                _position++;
                return _text.Substring(start, _position - 1 - start);
            }

            _position++;
        }

        var builder = new StringBuilder().Append(_text, start, _position - start);
        while (true)
        {
            var c = Next();
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = Next();
            builder.Append(escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => ReadHex4(),
                _ => throw Error("bad escape"),
            });
        }
    }

    private char ReadHex4()
    {
        if (_position + 4 > _text.Length)
        {
            throw Error("short \\u escape");
        }

        var hex = _text.Substring(_position, 4);
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("bad \\u escape");
        }

        _position += 4;
        return (char)code;
    }

    // number = [ '-' ] digits [ '.' digits ] [ ( 'e' | 'E' ) [ '+' | '-' ] digits ]
    private void ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && IsNumberChar(_text[_position]))
        {
            _position++;
        }

        if (start == _position)
        {
            throw Error("unexpected character");
        }
    }

    private static bool IsNumberChar(char c)
    {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private void ReadLiteral(string literal)
    {
        // Compared by hand: string.CompareOrdinal loads the SIMD vector types, a millisecond.
        for (var i = 0; i < literal.Length; i++)
        {
            if (_position + i >= _text.Length || _text[_position + i] != literal[i])
            {
                throw Error("bad literal");
            }
        }

        _position += literal.Length;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            _position++;
        }
    }

    private char Peek()
    {
        return _position < _text.Length ? _text[_position] : throw Error("unexpected end");
    }

    private char Next()
    {
        var c = Peek();
        _position++;
        return c;
    }

    private bool TryConsume(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw Error("expected '" + expected + "'");
        }
    }

    private FormatException Error(string what)
    {
        var offset = _position.ToString(CultureInfo.InvariantCulture);
        return new FormatException("JSON " + what + " at offset " + offset);
    }
}
