using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Popcon.Reporter.Deps;

/// <summary>
/// A small JSON reader for deps.json files. The reporter loads into every process, so taking a
/// JSON package would be harm: it could clash with the version the host itself loads, and it
/// would be counted as used by every process. Objects become ordinal dictionaries, arrays lists,
/// strings strings, numbers their source text, and true/false/null booleans and null.
/// </summary>
internal sealed class MiniJsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;

    private MiniJsonReader(string text)
    {
        _text = text;
    }

    /// <summary>Parses a whole document; throws <see cref="FormatException"/> on bad input.</summary>
    public static object? Parse(string text)
    {
        var reader = new MiniJsonReader(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position != text.Length)
        {
            throw reader.Error("trailing characters");
        }

        return value;
    }

    // value = object | array | string | number | true | false | null
    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nesting too deep");
        }

        var c = Peek();
        return c switch
        {
            '{' => ReadObject(depth),
            '[' => ReadArray(depth),
            '"' => ReadString(),
            't' => ReadLiteral("true", true),
            'f' => ReadLiteral("false", false),
            'n' => ReadLiteral("null", null),
            _ => ReadNumber(),
        };
    }

    // object = '{' [ string ':' value { ',' string ':' value } ] '}'
    private Dictionary<string, object?> ReadObject(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        Expect('{');
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            result[key] = ReadValue(depth + 1);
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return result;
            }

            Expect(',');
        }
    }

    // array = '[' [ value { ',' value } ] ']'
    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        Expect('[');
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return result;
            }

            Expect(',');
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

    // number = [ '-' ] digits [ '.' digits ] [ ( 'e' | 'E' ) [ '+' | '-' ] digits ], kept as text
    private string ReadNumber()
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

        return _text.Substring(start, _position - start);
    }

    private static bool IsNumberChar(char c)
    {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private object? ReadLiteral(string literal, object? value)
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
        return value;
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
