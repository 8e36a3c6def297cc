#pragma once

#include <QTranslator>

namespace ogs::test {

/// A translator that answers for one context only, wrapping each source text in [[ ]], so a
/// test can tell which sentences went through tr() and which stayed raw English.
class MarkingTranslator final : public QTranslator {
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        return qstrcmp(context, m_context) == 0 ? QStringLiteral("[[%1]]").arg(QString::fromUtf8(source)) : QString();
    }

private:
    const char *m_context;
};

} // namespace ogs::test
