// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/io/designjson.h"

#include "model/io/migrations.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <new>
#include <string>
#include <string_view>
#include <utility>

namespace continuity {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr int MaxNameCharacters = 200;

// The top-level keys of format version 1; any other is kept in Design::extra.
bool isOwnTopLevelKey(std::string_view key)
{
    static constexpr std::array<std::string_view, 7> own = { "format", "version", "name",
        "deploymentModel", "components", "connections", "assumptions" };
    for (std::string_view k : own) {
        if (key == k)
            return true;
    }
    return false;
}

// Longer ids and strings are cut short when a message quotes them.
constexpr int QuotedCharacters = 64;

// Translated in the "DesignJson" context; lupdate reads the qualified calls.
struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(DesignJson)
};

// ---------------------------------------------------------------------------------------------
// Positions and pointers

struct TextPosition {
    qint64 line = 1;
    qint64 column = 1; // in characters (code points), as an editor counts them
};

// `offset` is the byte at fault. Only called on a refusal, so a second pass over the bytes is
// cheap enough.
TextPosition textPosition(const QByteArray &bytes, qint64 offset)
{
    offset = qBound<qint64>(0, offset, bytes.size());
    TextPosition pos;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    for (qint64 i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80)
            ++pos.column;
    }
    return pos;
}

QString atPosition(const QByteArray &bytes, qint64 offset)
{
    const TextPosition pos = textPosition(bytes, offset);
    return JsonText::tr("line %1, column %2").arg(pos.line).arg(pos.column);
}

void appendPointerToken(std::string &pointer, std::string_view token)
{
    pointer += '/';
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

std::string pointerOf(std::string_view list, std::size_t index, std::string_view key = {})
{
    std::string pointer;
    appendPointerToken(pointer, list);
    pointer += '/';
    pointer += std::to_string(index);
    if (!key.empty())
        appendPointerToken(pointer, key);
    return pointer;
}

// ---------------------------------------------------------------------------------------------
// Quoting values in messages: a hostile file may hold anything, so text is cut short and its
// control characters escaped.

std::size_t utf8Length(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

QString quotedText(std::string_view s)
{
    std::string cut;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80 && ++characters > QuotedCharacters) {
            cut += "\xE2\x80\xA6"; // …
            break;
        }
        cut += s[i];
    }
    const std::string dumped = json(cut).dump(-1, ' ', false, json::error_handler_t::replace);
    return QString::fromStdString(dumped);
}

QString quotedText(const QString &s) { return quotedText(s.toStdString()); }

QString describeType(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return JsonText::tr("null");
    case json::value_t::boolean:
        return JsonText::tr("true or false");
    case json::value_t::string:
        return JsonText::tr("a string");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return JsonText::tr("a number");
    case json::value_t::object:
        return JsonText::tr("an object");
    case json::value_t::array:
        return JsonText::tr("an array");
    default:
        return JsonText::tr("binary data");
    }
}

// ---------------------------------------------------------------------------------------------
// The scan before parsing. nlohmann builds, copies and dumps trees recursively, so a file
// nested 100,000 deep must be turned away before a tree exists; the same pass checks UTF-8 so
// that the message can say so plainly and where.

struct ScanFault {
    enum Kind { None, InvalidUtf8, TooDeep } kind = None;
    qint64 offset = 0;
};

// Length of the well-formed UTF-8 sequence starting at s[0] (a byte >= 0x80), or 0 where it is
// ill-formed: stray continuation bytes, overlong forms, surrogates, code points past U+10FFFF,
// truncated sequences (Unicode, table 3-7).
int utf8SequenceLength(const unsigned char *s, qint64 available)
{
    const auto in = [&](qint64 k, unsigned char lo, unsigned char hi) {
        return k < available && s[k] >= lo && s[k] <= hi;
    };
    const unsigned char c = s[0];
    if (c >= 0xC2 && c <= 0xDF)
        return in(1, 0x80, 0xBF) ? 2 : 0;
    if (c == 0xE0)
        return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xED)
        return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xF0)
        return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c == 0xF4)
        return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
}

// Bytes the scan must look at, per state; the rest (most of a file) is skipped in a tight loop.
struct ScanTables {
    std::array<bool, 256> inString {};
    std::array<bool, 256> outside {};

    constexpr ScanTables()
    {
        for (int c = 0x80; c < 256; ++c) {
            inString[c] = true;
            outside[c] = true;
        }
        inString['"'] = inString['\\'] = true;
        outside['"'] = outside['['] = outside['{'] = outside[']'] = outside['}'] = true;
    }
};

ScanFault scanBytes(const QByteArray &bytes)
{
    static constexpr ScanTables tables;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qint64 n = bytes.size();
    int depth = 0;
    bool inString = false;
    qint64 i = 0;
    for (;;) {
        const std::array<bool, 256> &special = inString ? tables.inString : tables.outside;
        while (i < n && !special[p[i]])
            ++i;
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c >= 0x80) {
            const int length = utf8SequenceLength(p + i, n - i);
            if (length == 0)
                return { ScanFault::InvalidUtf8, i };
            i += length;
            continue;
        }
        if (inString) {
            if (c == '"') {
                inString = false;
            } else if (i + 1 < n && p[i + 1] < 0x80) {
                // A backslash: the escaped character cannot end the string. A non-ASCII one
                // (invalid JSON anyway) is left for the UTF-8 check.
                ++i;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > MaxNestingDepth)
                return { ScanFault::TooDeep, i };
        } else if (depth > 0) {
            // Unbalanced closers are the parser's to report.
            --depth;
        }
        ++i;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Building the tree. nlohmann's own DOM parser lets a repeated key silently overwrite the first
// one (a botched merge of two edits would lose one of them without a word) and forgets where it
// was when a number overflows; this builder refuses repeated keys and remembers the path.

class TreeBuilder
{
public:
    explicit TreeBuilder(json &root)
        : m_root(root)
    {
    }

    bool null() { return place(json(nullptr)); }
    bool boolean(bool value) { return place(json(value)); }
    bool number_integer(json::number_integer_t value) { return place(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return place(json(value)); }
    bool number_float(json::number_float_t value, const json::string_t &)
    {
        return place(json(value));
    }
    bool string(json::string_t &value) { return place(json(std::move(value))); }
    bool binary(json::binary_t &) { return true; } // JSON text has none

    bool start_object(std::size_t)
    {
        m_levels.push_back({ place(json(json::value_t::object)), false, nullptr });
        return true;
    }

    bool key(json::string_t &name)
    {
        Level &level = m_levels.back();
        auto &object = level.node->get_ref<json::object_t &>();
        auto [it, inserted] = object.try_emplace(std::move(name));
        level.key = &it->first;
        if (!inserted) {
            m_duplicateKey = it->first;
            return false;
        }
        m_slot = &it->second;
        return true;
    }

    bool end_object()
    {
        m_levels.pop_back();
        valueDone();
        return true;
    }

    bool start_array(std::size_t)
    {
        m_levels.push_back({ place(json(json::value_t::array)), true, nullptr });
        return true;
    }

    bool end_array()
    {
        m_levels.pop_back();
        valueDone();
        return true;
    }

    bool parse_error(std::size_t offset, const std::string &lastToken, const json::exception &error)
    {
        m_errorOffset = static_cast<qint64>(offset);
        m_errorId = error.id;
        m_errorText = error.what();
        m_lastToken = lastToken;
        return false;
    }

    const std::optional<std::string> &duplicateKey() const { return m_duplicateKey; }
    qint64 errorOffset() const { return m_errorOffset; }
    int errorId() const { return m_errorId; }
    const std::string &errorText() const { return m_errorText; }
    const std::string &lastToken() const { return m_lastToken; }

    // Where the parser stopped: the open containers, the key whose value is being read in an
    // object, the next slot in an array.
    std::string pointer() const
    {
        std::string result;
        for (std::size_t i = 0; i < m_levels.size(); ++i) {
            const Level &level = m_levels[i];
            if (level.isArray) {
                std::size_t index = level.node->size();
                if (i + 1 < m_levels.size() && index > 0)
                    --index; // the open child is the last element
                result += '/';
                result += std::to_string(index);
            } else if (level.key) {
                appendPointerToken(result, *level.key);
            }
        }
        return result;
    }

private:
    struct Level {
        json *node;
        bool isArray;
        const std::string *key;
    };

    json *place(json &&value)
    {
        if (m_levels.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Level &level = m_levels.back();
        if (level.isArray) {
            auto &array = level.node->get_ref<json::array_t &>();
            array.push_back(std::move(value));
            return &array.back();
        }
        *m_slot = std::move(value);
        if (!m_slot->is_structured())
            level.key = nullptr;
        return m_slot;
    }

    // A member's value is complete: an error from here on is between members.
    void valueDone()
    {
        if (!m_levels.empty() && !m_levels.back().isArray)
            m_levels.back().key = nullptr;
    }

    json &m_root;
    std::vector<Level> m_levels;
    json *m_slot = nullptr;
    std::optional<std::string> m_duplicateKey;
    qint64 m_errorOffset = 0;
    int m_errorId = 0;
    std::string m_errorText;
    std::string m_lastToken;
};

// nlohmann's texts start with "[json.exception.parse_error.101] parse error at line 1, column
// 2: "; the position is given again in characters, so only the reason is kept.
QString parserReason(const std::string &what)
{
    std::string_view reason = what;
    if (const auto bracket = reason.find("] "); bracket != std::string_view::npos)
        reason.remove_prefix(bracket + 2);
    if (reason.rfind("parse error", 0) == 0) {
        if (const auto colon = reason.find(": "); colon != std::string_view::npos)
            reason.remove_prefix(colon + 2);
    }
    return QString::fromUtf8(reason.data(), static_cast<qsizetype>(reason.size()));
}

LoadResult refused(QString message, std::string_view pointer = {})
{
    LoadResult result;
    result.error.message = std::move(message);
    result.error.pointer
        = QString::fromUtf8(pointer.data(), static_cast<qsizetype>(pointer.size()));
    return result;
}

// ---------------------------------------------------------------------------------------------
// From the tree to the design

// Thrown inside DesignReader only, to leave at the first fault; caught in read().
struct Refusal {
    QString message;
    std::string pointer;
};

[[noreturn]] void refuse(QString message, std::string pointer)
{
    throw Refusal { std::move(message), std::move(pointer) };
}

template <typename Enum, int Count> class NameTable
{
public:
    template <typename ToString> explicit NameTable(ToString toStringFn)
    {
        for (int i = 0; i < Count; ++i)
            m_names[i] = toStringFn(static_cast<Enum>(i)).toStdString();
    }

    std::optional<Enum> find(std::string_view name) const
    {
        for (int i = 0; i < Count; ++i) {
            if (m_names[i] == name)
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }

private:
    std::array<std::string, Count> m_names;
};

// File names of kinds compared as UTF-8, without making a QString of every kind read.
const NameTable<ComponentKind, ComponentKindCount> &componentKindNames()
{
    static const NameTable<ComponentKind, ComponentKindCount> table(
        [](ComponentKind k) { return toString(k); });
    return table;
}

const NameTable<ConnectionKind, ConnectionKindCount> &connectionKindNames()
{
    static const NameTable<ConnectionKind, ConnectionKindCount> table(
        [](ConnectionKind k) { return toString(k); });
    return table;
}

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

const json *member(const json::object_t &object, std::string_view key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &it->second;
}

json *member(json::object_t &object, std::string_view key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &it->second;
}

QString keyName(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

// The component or connection being read. Its texts for messages are made only on a refusal:
// building them for every item would cost more than reading the item.
struct Item {
    bool isComponent = true;
    std::size_t index = 0;
    QString id; ///< empty until the id has been read

    std::string pointer(std::string_view key = {}) const
    {
        return pointerOf(isComponent ? "components" : "connections", index, key);
    }

    // "Component "aks-1"" once the id is known, "Component 4 (counting from 1)" before.
    QString who() const
    {
        if (id.isEmpty()) {
            return isComponent ? JsonText::tr("Component %1 (counting from 1)").arg(index + 1)
                               : JsonText::tr("Connection %1 (counting from 1)").arg(index + 1);
        }
        return isComponent ? JsonText::tr("Component %1").arg(quotedText(id))
                           : JsonText::tr("Connection %1").arg(quotedText(id));
    }
};

[[noreturn]] void refuseMissing(const Item &item, std::string_view key)
{
    refuse(JsonText::tr("%1 has no \"%2\".").arg(item.who(), keyName(key)), item.pointer(key));
}

[[noreturn]] void refuseType(
    const Item &item, std::string_view key, const QString &expected, const json &value)
{
    refuse(JsonText::tr("%1: \"%2\" must be %3, not %4.")
               .arg(item.who(), keyName(key), expected, describeType(value)),
        item.pointer(key));
}

// Characters are code points, so that 200 letters of any script fit.
void checkNameLength(const std::string &name, const QString &who, const std::string &pointer)
{
    const std::size_t characters = utf8Length(name);
    if (characters > MaxNameCharacters) {
        refuse(JsonText::tr("%1: the name has %2 characters, more than the %3 allowed.")
                   .arg(who)
                   .arg(characters)
                   .arg(MaxNameCharacters),
            pointer);
    }
}

// Inserts in O(1) when ids arrive in order, as they do in every file this program wrote.
template <typename Map, typename Value>
bool insertInIdOrder(Map &map, const QString &id, Value &&value)
{
    if (map.empty() || std::prev(map.end())->first < id) {
        map.emplace_hint(map.end(), id, std::forward<Value>(value));
        return true;
    }
    return map.try_emplace(id, std::forward<Value>(value)).second;
}

// Reads a design out of a tree it may take apart (properties are moved, not copied).
class DesignReader
{
public:
    LoadResult read(json &tree, const std::vector<MigrationStep> &steps)
    {
        try {
            return readChecked(tree, steps);
        } catch (const Refusal &refusal) {
            return refused(refusal.message, refusal.pointer);
        }
    }

private:
    LoadResult readChecked(json &tree, const std::vector<MigrationStep> &steps)
    {
        if (!tree.is_object()) {
            refuse(JsonText::tr("This file does not hold a Continuity design: it is JSON, but %1 rather "
                      "than an object.")
                       .arg(describeType(tree)),
                {});
        }
        checkFormat(tree.get_ref<const json::object_t &>());
        const int version = readVersion(tree.get_ref<const json::object_t &>());

        LoadResult result;
        json migrated;
        json *current = &tree;
        if (version < CurrentFormatVersion) {
            try {
                migrated = migrate(std::move(tree), version, steps);
            } catch (const MigrationError &) {
                refuse(JsonText::tr("This design is written in format version %1, which this version of "
                          "Continuity cannot read: it reads format version %2.")
                           .arg(version)
                           .arg(CurrentFormatVersion),
                    "/version");
            } catch (const json::exception &error) {
                refuse(JsonText::tr("This design could not be brought up from format version %1: %2")
                           .arg(version)
                           .arg(parserReason(error.what())),
                    {});
            }
            if (!migrated.is_object())
                refuse(JsonText::tr("Migrating this design from format version %1 failed.").arg(version), {});
            current = &migrated;
            result.migratedFrom = version;
        }
        result.design = readDesign(current->get_ref<json::object_t &>());
        return result;
    }

    static void checkFormat(const json::object_t &root)
    {
        static constexpr std::string_view expected = "continuity-design";
        const json *format = member(root, "format");
        if (!format)
            refuse(JsonText::tr("This file is not a Continuity design: it has no \"format\"."), "/format");
        const QString found = format->is_string()
            ? quotedText(format->get_ref<const std::string &>())
            : describeType(*format);
        if (!format->is_string() || format->get_ref<const std::string &>() != expected) {
            refuse(JsonText::tr("This file is not a Continuity design: \"format\" is %1, not "
                      "\"continuity-design\".")
                       .arg(found),
                "/format");
        }
    }

    static int readVersion(const json::object_t &root)
    {
        const json *version = member(root, "version");
        if (!version)
            refuse(JsonText::tr("The design has no \"version\"."), "/version");
        // A whole-valued float (1.0) is an integer to JSON Schema too.
        const bool whole = version->is_number_integer() || version->is_number_unsigned()
            || (version->is_number_float()
                && std::trunc(version->get<double>()) == version->get<double>());
        if (!whole) {
            refuse(JsonText::tr("\"version\" must be a whole number, not %1.").arg(describeType(*version)),
                "/version");
        }
        const double value = version->get<double>();
        if (value > CurrentFormatVersion) {
            const QString shown = version->is_number_float() ? QString::number(value, 'g', 17)
                                                             : fromUtf8(version->dump());
            refuse(JsonText::tr("This design was written by a newer Continuity: format version %1, this "
                      "version reads %2.")
                       .arg(shown)
                       .arg(CurrentFormatVersion),
                "/version");
        }
        if (value < std::numeric_limits<int>::min()) {
            refuse(JsonText::tr("Format version %1 does not exist.").arg(QString::number(value, 'g', 17)),
                "/version");
        }
        return static_cast<int>(value);
    }

    static json &requiredArray(json::object_t &root, std::string_view key)
    {
        json *value = member(root, key);
        const std::string pointer = "/" + std::string(key);
        if (!value) {
            refuse(
                JsonText::tr("The design has no \"%1\" (an empty list is fine).").arg(keyName(key)), pointer);
        }
        if (!value->is_array()) {
            refuse(JsonText::tr("\"%1\" must be an array, not %2.").arg(keyName(key), describeType(*value)),
                pointer);
        }
        return *value;
    }

    static Design readDesign(json::object_t &root)
    {
        Design design;

        if (json *name = member(root, "name")) {
            if (!name->is_string()) {
                refuse(
                    JsonText::tr("The design's \"name\" must be a string, not %1.").arg(describeType(*name)),
                    "/name");
            }
            checkNameLength(name->get_ref<const std::string &>(), JsonText::tr("The design"), "/name");
            design.name = fromUtf8(name->get_ref<const std::string &>());
        }

        json *model = member(root, "deploymentModel");
        if (!model)
            refuse(JsonText::tr("The design has no \"deploymentModel\"."), "/deploymentModel");
        if (!model->is_string()) {
            refuse(JsonText::tr("\"deploymentModel\" must be a string, not %1.").arg(describeType(*model)),
                "/deploymentModel");
        }
        const QString modelName = fromUtf8(model->get_ref<const std::string &>());
        const std::optional<DeploymentModel> parsedModel = deploymentModelFromString(modelName);
        if (!parsedModel) {
            refuse(JsonText::tr("Unknown deployment model %1: expected active-active, active-passive, "
                      "passive-cold or single-region.")
                       .arg(quotedText(modelName)),
                "/deploymentModel");
        }
        design.deploymentModel = *parsedModel;

        auto &components = requiredArray(root, "components").get_ref<json::array_t &>();
        auto &connections = requiredArray(root, "connections").get_ref<json::array_t &>();

        if (json *assumptions = member(root, "assumptions")) {
            if (!assumptions->is_object()) {
                refuse(JsonText::tr("\"assumptions\" must be an object, not %1.")
                           .arg(describeType(*assumptions)),
                    "/assumptions");
            }
            design.assumptions = std::move(*assumptions);
        }

        for (std::size_t i = 0; i < components.size(); ++i)
            readComponent(components[i], i, design);
        for (std::size_t i = 0; i < connections.size(); ++i)
            readConnection(connections[i], i, design);
        checkIdsSharedByKinds(design, connections);

        for (auto &[key, value] : root) {
            if (!isOwnTopLevelKey(key))
                design.extra[key] = std::move(value);
        }
        return design;
    }

    static QString readId(const json *value, Item &item)
    {
        if (!value)
            refuseMissing(item, "id");
        if (!value->is_string())
            refuseType(item, "id", JsonText::tr("a string"), *value);
        QString id = fromUtf8(value->get_ref<const std::string &>());
        if (!isValidId(id)) {
            refuse(JsonText::tr("%1: %2 is not a valid id: an id has 1 to 64 of the characters A-Z, a-z, "
                      "0-9, '_', '.' and '-'.")
                       .arg(item.who(), quotedText(id)),
                item.pointer("id"));
        }
        item.id = id;
        return id;
    }

    [[noreturn]] static void refuseDuplicate(const Item &item)
    {
        refuse(JsonText::tr("The id %1 is used twice: ids must be unique among all components and "
                  "connections.")
                   .arg(quotedText(item.id)),
            item.pointer("id"));
    }

    static QString optionalString(const json *value, const Item &item, std::string_view key)
    {
        if (!value)
            return {};
        if (!value->is_string())
            refuseType(item, key, JsonText::tr("a string"), *value);
        return fromUtf8(value->get_ref<const std::string &>());
    }

    // One of x and y (or width and height) without the other says nothing usable: the
    // component is treated as having neither, like a file that leaves both out, as the schema
    // allows.
    static std::optional<std::pair<double, double>> optionalPair(const json *first,
        const json *second, const Item &item, std::string_view firstKey, std::string_view secondKey)
    {
        for (const auto &[value, key] :
            { std::pair(first, firstKey), std::pair(second, secondKey) }) {
            if (!value)
                continue;
            if (!value->is_number())
                refuseType(item, key, JsonText::tr("a number"), *value);
            if (!std::isfinite(value->get<double>())) {
                refuse(JsonText::tr("%1: \"%2\" must be a finite number.").arg(item.who(), keyName(key)),
                    item.pointer(key));
            }
        }
        if (!first || !second)
            return std::nullopt;
        return std::make_pair(first->get<double>(), second->get<double>());
    }

    static void readProperties(json *value, const Item &item, json &into)
    {
        if (!value)
            return;
        if (!value->is_object())
            refuseType(item, "properties", JsonText::tr("an object"), *value);
        into = std::move(*value);
    }

    static void readComponent(json &value, std::size_t index, Design &design)
    {
        Item item { true, index, {} };
        if (!value.is_object()) {
            refuse(JsonText::tr("%1 must be an object, not %2.").arg(item.who(), describeType(value)),
                item.pointer());
        }
        // One pass over the members; keys the format does not know are skipped (dropped).
        const json *id = nullptr, *kind = nullptr, *name = nullptr, *parent = nullptr;
        const json *x = nullptr, *y = nullptr, *width = nullptr, *height = nullptr;
        json *properties = nullptr;
        for (auto &[key, member] : value.get_ref<json::object_t &>()) {
            if (key == "id")
                id = &member;
            else if (key == "kind")
                kind = &member;
            else if (key == "name")
                name = &member;
            else if (key == "parent")
                parent = &member;
            else if (key == "x")
                x = &member;
            else if (key == "y")
                y = &member;
            else if (key == "width")
                width = &member;
            else if (key == "height")
                height = &member;
            else if (key == "properties")
                properties = &member;
        }

        Component component;
        component.id = readId(id, item);
        if (!kind)
            refuseMissing(item, "kind");
        if (!kind->is_string())
            refuseType(item, "kind", JsonText::tr("a string"), *kind);
        const auto &kindName = kind->get_ref<const std::string &>();
        const std::optional<ComponentKind> parsedKind = componentKindNames().find(kindName);
        if (!parsedKind) {
            refuse(JsonText::tr("%1: unknown kind %2.").arg(item.who(), quotedText(kindName)),
                item.pointer("kind"));
        }
        component.kind = *parsedKind;

        component.name = optionalString(name, item, "name");
        // A name of at most 200 UTF-16 units has at most 200 characters.
        if (component.name.size() > MaxNameCharacters)
            checkNameLength(name->get_ref<const std::string &>(), item.who(), item.pointer("name"));
        component.parent = optionalString(parent, item, "parent");
        constexpr double far = MaxCanvasCoordinate;
        if (const auto xy = optionalPair(x, y, item, "x", "y"))
            component.pos = QPointF(std::clamp(xy->first, -far, far),
                                    std::clamp(xy->second, -far, far));
        if (const auto wh = optionalPair(width, height, item, "width", "height"))
            component.size = QSizeF(std::clamp(wh->first, 0.0, far),
                                    std::clamp(wh->second, 0.0, far));
        readProperties(properties, item, component.properties);

        if (!insertInIdOrder(design.components, item.id, std::move(component)))
            refuseDuplicate(item);
    }

    static void readConnection(json &value, std::size_t index, Design &design)
    {
        Item item { false, index, {} };
        if (!value.is_object()) {
            refuse(JsonText::tr("%1 must be an object, not %2.").arg(item.who(), describeType(value)),
                item.pointer());
        }
        const json *id = nullptr, *from = nullptr, *to = nullptr, *kind = nullptr;
        json *properties = nullptr;
        for (auto &[key, member] : value.get_ref<json::object_t &>()) {
            if (key == "id")
                id = &member;
            else if (key == "from")
                from = &member;
            else if (key == "to")
                to = &member;
            else if (key == "kind")
                kind = &member;
            else if (key == "properties")
                properties = &member;
        }

        Connection connection;
        connection.id = readId(id, item);
        if (!from)
            refuseMissing(item, "from");
        connection.from = optionalString(from, item, "from");
        if (!to)
            refuseMissing(item, "to");
        connection.to = optionalString(to, item, "to");
        if (kind) {
            if (!kind->is_string())
                refuseType(item, "kind", JsonText::tr("a string"), *kind);
            const auto &kindName = kind->get_ref<const std::string &>();
            connection.kind = connectionKindNames().find(kindName);
            if (!connection.kind) {
                refuse(JsonText::tr("%1: unknown kind %2.").arg(item.who(), quotedText(kindName)),
                    item.pointer("kind"));
            }
        }
        readProperties(properties, item, connection.properties);

        if (!insertInIdOrder(design.connections, item.id, std::move(connection)))
            refuseDuplicate(item);
    }

    // Ids are unique among components and connections together. Both maps are in id order, so
    // one walk through them finds an id they share; the connection is its second occurrence,
    // since components are read first.
    static void checkIdsSharedByKinds(const Design &design, const json::array_t &connections)
    {
        auto c = design.components.begin();
        auto k = design.connections.begin();
        while (c != design.components.end() && k != design.connections.end()) {
            if (c->first < k->first) {
                ++c;
            } else if (k->first < c->first) {
                ++k;
            } else {
                const std::string shared = k->first.toStdString();
                std::size_t index = 0;
                while (index < connections.size()
                    && connections[index].value("id", std::string()) != shared)
                    ++index;
                refuseDuplicate(Item { false, index, k->first });
            }
        }
    }
};

LoadResult readTree(json &tree, const std::vector<MigrationStep> &steps)
{
    DesignReader reader;
    return reader.read(tree, steps);
}

LoadResult unexpectedFailure(const char *what)
{
    return refused(JsonText::tr("The design could not be read: %1").arg(QString::fromUtf8(what)));
}

// ---------------------------------------------------------------------------------------------
// Writing

// Whole finite numbers are written without a fraction (400, not 400.0), so that the same
// design gives the same bytes however its numbers were computed.
ojson number(double value)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (std::isfinite(value) && std::trunc(value) == value && value > -limit && value < limit)
        return ojson(static_cast<std::int64_t>(value));
    return ojson(value);
}

void put(ojson &object, std::string key, ojson value)
{
    // Keys are unique by construction; emplace on ordered_json would search the object first.
    object.get_ref<ojson::object_t &>().emplace_back(std::move(key), std::move(value));
}

ojson normalized(const json &value)
{
    switch (value.type()) {
    case json::value_t::object: {
        ojson result = ojson::object();
        for (const auto &[key, child] : value.get_ref<const json::object_t &>())
            put(result, key, normalized(child));
        return result;
    }
    case json::value_t::array: {
        ojson result = ojson::array();
        auto &array = result.get_ref<ojson::array_t &>();
        array.reserve(value.size());
        for (const json &child : value)
            array.push_back(normalized(child));
        return result;
    }
    case json::value_t::number_float:
        return number(value.get<double>());
    case json::value_t::null:
        return nullptr;
    case json::value_t::boolean:
        return value.get<bool>();
    case json::value_t::number_integer:
        return value.get<json::number_integer_t>();
    case json::value_t::number_unsigned:
        return value.get<json::number_unsigned_t>();
    case json::value_t::string:
        return value.get_ref<const std::string &>();
    default:
        return nullptr;
    }
}

bool isEmptyValue(const json &value)
{
    return value.is_null() || (value.is_object() && value.empty());
}

} // namespace

LoadResult readDesign(const QByteArray &bytes)
{
    try {
        if (bytes.size() > MaxFileBytes) {
            return refused(
                JsonText::tr("The file has %1 MiB, more than the %2 MiB a design may have.")
                    // Rounded up, so that it never reads as the limit itself.
                    .arg(std::ceil(static_cast<double>(bytes.size()) * 10 / (1024 * 1024)) / 10, 0,
                        'f', 1)
                    .arg(MaxFileBytes / (1024 * 1024)));
        }
        if (bytes.trimmed().isEmpty())
            return refused(JsonText::tr("The file is empty: it holds no design."));

        const ScanFault fault = scanBytes(bytes);
        if (fault.kind == ScanFault::InvalidUtf8) {
            return refused(JsonText::tr("%1: invalid UTF-8 (byte 0x%2); a design file is UTF-8 text.")
                               .arg(atPosition(bytes, fault.offset))
                               .arg(uint(static_cast<unsigned char>(bytes[fault.offset])), 2, 16,
                                   QLatin1Char('0')));
        }
        if (fault.kind == ScanFault::TooDeep) {
            return refused(JsonText::tr("%1: arrays and objects are nested deeper than %2 levels.")
                               .arg(atPosition(bytes, fault.offset))
                               .arg(MaxNestingDepth));
        }

        json tree;
        TreeBuilder builder(tree);
        const char *begin = bytes.constData();
        if (!json::sax_parse(begin, begin + bytes.size(), &builder)) {
            if (builder.duplicateKey()) {
                return refused(JsonText::tr("The key %1 appears twice in the same object.")
                                   .arg(quotedText(*builder.duplicateKey())),
                    builder.pointer());
            }
            // The parser reports the offset just past what it read last. A token that was read
            // whole but is out of place, or a number out of range, is shown where it starts; a
            // token the lexer choked on, at the character that stopped it.
            const qint64 end = builder.errorOffset();
            const std::string &token = builder.lastToken();
            constexpr int numberOverflow = 406;
            const bool wholeToken = builder.errorId() == numberOverflow
                || builder.errorText().find("- unexpected ") != std::string::npos;
            const qint64 offset = wholeToken ? end - static_cast<qint64>(token.size()) : end - 1;
            if (builder.errorId() == numberOverflow) {
                return refused(JsonText::tr("%1: the number %2 is too large to represent.")
                                   .arg(atPosition(bytes, offset), fromUtf8(token)),
                    builder.pointer());
            }
            if (builder.errorText().find("unexpected end of input") != std::string::npos) {
                return refused(JsonText::tr("%1: this is not valid JSON: the file ends in the middle of "
                                  "the design (was it cut short?).")
                                   .arg(atPosition(bytes, offset)),
                    builder.pointer());
            }
            return refused(JsonText::tr("%1: this is not valid JSON: %2")
                               .arg(atPosition(bytes, offset), parserReason(builder.errorText())),
                builder.pointer());
        }
        return readTree(tree, migrationSteps());
    } catch (const std::bad_alloc &) {
        return refused(JsonText::tr("There is not enough memory to read this design."));
    } catch (const std::exception &error) {
        return unexpectedFailure(error.what());
    }
}

LoadResult designFromJson(const nlohmann::json &tree)
{
    return designFromJson(tree, migrationSteps());
}

LoadResult designFromJson(const nlohmann::json &tree, const std::vector<MigrationStep> &steps)
{
    try {
        json copy = tree;
        return readTree(copy, steps);
    } catch (const std::bad_alloc &) {
        return refused(JsonText::tr("There is not enough memory to read this design."));
    } catch (const std::exception &error) {
        return unexpectedFailure(error.what());
    }
}

nlohmann::ordered_json designToJson(const Design &design)
{
    ojson root = ojson::object();
    put(root, "format", "continuity-design");
    put(root, "version", CurrentFormatVersion);
    if (!design.name.isEmpty())
        put(root, "name", design.name.toStdString());
    put(root, "deploymentModel", toString(design.deploymentModel).toStdString());

    ojson components = ojson::array();
    auto &componentList = components.get_ref<ojson::array_t &>();
    componentList.reserve(design.components.size());
    for (const auto &[id, c] : design.components) {
        ojson object = ojson::object();
        put(object, "id", id.toStdString());
        put(object, "kind", toString(c.kind).toStdString());
        if (!c.name.isEmpty())
            put(object, "name", c.name.toStdString());
        if (!c.parent.isEmpty())
            put(object, "parent", c.parent.toStdString());
        if (c.pos) {
            put(object, "x", number(c.pos->x()));
            put(object, "y", number(c.pos->y()));
        }
        if (c.size) {
            put(object, "width", number(c.size->width()));
            put(object, "height", number(c.size->height()));
        }
        if (!isEmptyValue(c.properties))
            put(object, "properties", normalized(c.properties));
        componentList.push_back(std::move(object));
    }
    put(root, "components", std::move(components));

    ojson connections = ojson::array();
    auto &connectionList = connections.get_ref<ojson::array_t &>();
    connectionList.reserve(design.connections.size());
    for (const auto &[id, c] : design.connections) {
        ojson object = ojson::object();
        put(object, "id", id.toStdString());
        put(object, "from", c.from.toStdString());
        put(object, "to", c.to.toStdString());
        if (c.kind)
            put(object, "kind", toString(*c.kind).toStdString());
        if (!isEmptyValue(c.properties))
            put(object, "properties", normalized(c.properties));
        connectionList.push_back(std::move(object));
    }
    put(root, "connections", std::move(connections));

    if (!isEmptyValue(design.assumptions))
        put(root, "assumptions", normalized(design.assumptions));

    if (design.extra.is_object()) {
        for (const auto &[key, value] : design.extra.get_ref<const json::object_t &>()) {
            if (!isOwnTopLevelKey(key))
                put(root, key, normalized(value));
        }
    }
    return root;
}

QByteArray writeDesign(const Design &design)
{
    // Invalid UTF-8 cannot come from a QString; property strings set by code are replaced
    // rather than allowed to throw.
    std::string text = designToJson(design).dump(2, ' ', false, ojson::error_handler_t::replace);
    text += '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace continuity
