// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the application lands.
int main()
{
    return 0;
}
