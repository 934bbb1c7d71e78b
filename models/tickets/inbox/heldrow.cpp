// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldrow.h"

namespace Casebook {

void HeldRow::keep(int row, const InboxRow &data)
{
    m_row = row;
    m_data = data;
}

int HeldRow::toQuery(int row) const
{
    if (m_row < 0 || row < m_row)
        return row;
    return row == m_row ? -1 : row - 1;
}

int HeldRow::toModel(int queryRow) const
{
    return m_row < 0 || queryRow < m_row ? queryRow : queryRow + 1;
}

} // namespace Casebook
