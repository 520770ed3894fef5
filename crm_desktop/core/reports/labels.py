"""Every fixed word the reports print, in English, 简体中文 and 繁體中文.

One row per key — (en, zh_CN, zh_TW) — so a missing translation shows up as a short row.
Data (names, stage names, minutes) is printed as stored; only fixed labels live here.
"""

from __future__ import annotations

LANGUAGES = ("en", "zh_CN", "zh_TW")

_ROWS: dict[str, tuple[str, str, str]] = {
    # page furniture
    "confidential": ("Confidential", "机密", "機密"),
    "page_x_of_y": ("Page {x} of {y}", "第 {x} 页，共 {y} 页", "第 {x} 頁，共 {y} 頁"),
    "generated": ("Generated", "生成于", "產生於"),
    "period": ("Period", "期间", "期間"),
    "as_of": ("as of", "截至", "截至"),
    "vault": ("Vault", "数据库", "資料庫"),
    "none": ("None.", "无。", "無。"),
    "colon": (": ", "：", "："),
    "first_n_of": ("Showing the first {n} of {total}.", "仅列出前 {n} 项，共 {total} 项。",
                   "僅列出前 {n} 項，共 {total} 項。"),
    "total": ("Total", "合计", "合計"),
    "all_stages": ("All stages", "全部阶段", "全部階段"),
    "no_date": ("No date", "未定日期", "未定日期"),
    "never": ("Never", "从未", "從未"),
    # report titles
    "title_pipeline": ("Pipeline", "交易管道", "交易管道"),
    "title_followups": ("Follow-ups", "跟进事项", "跟進事項"),
    "title_cold": ("Clients going cold", "久未联系的客户", "久未聯繫的客戶"),
    "title_dossier": ("Client dossier", "客户档案", "客戶檔案"),
    "title_activity": ("Activity", "联系活动", "聯繫活動"),
    "title_health": ("Data health", "数据质量", "資料品質"),
    # pipeline
    "open_by_stage": ("Open deals by stage", "按阶段的进行中交易", "按階段的進行中交易"),
    "open_deals_n": ("{n} open deals. Totals are per currency and never added across currencies.",
                     "进行中交易 {n} 笔。金额按币种分别合计，不同币种从不相加。",
                     "進行中交易 {n} 筆。金額按幣別分別合計，不同幣別從不相加。"),
    "fees_note": ("Expected fees = retainer + success fee × probability; fees if closed = retainer + "
                  "success fee (a fixed fee, or its percent of the amount).",
                  "预期费用 = 聘用费 + 成功费 × 概率；"
                  "成交时费用 = 聘用费 + 成功费（固定金额，或按金额的百分比）。",
                  "預期費用 = 聘用費 + 成功費 × 機率；"
                  "成交時費用 = 聘用費 + 成功費（固定金額，或按金額的百分比）。"),
    "stage": ("Stage", "阶段", "階段"),
    "probability": ("Prob.", "概率", "機率"),
    "currency": ("Currency", "币种", "幣別"),
    "deals": ("Deals", "交易数", "交易數"),  # a count (column header)
    "deals_h": ("Deals", "交易", "交易"),  # a section
    "amount": ("Amount", "金额", "金額"),
    "weighted": ("Weighted", "加权金额", "加權金額"),
    "fees_if_closed": ("Fees if closed", "成交时费用", "成交時費用"),
    "fees_expected": ("Expected fees", "预期费用", "預期費用"),
    "chart_title": ("Totals by stage — {currency}", "各阶段金额 — {currency}", "各階段金額 — {currency}"),
    "forecast": ("Forecast by expected close month", "按预计完成月份的预测", "按預計完成月份的預測"),
    "month": ("Month", "月份", "月份"),
    "won_in_period": ("Won in the period", "期间内成交", "期間內成交"),
    "lost_in_period": ("Lost in the period", "期间内失败", "期間內失敗"),
    "closed": ("Closed", "结束日期", "結束日期"),
    "deal": ("Deal", "交易", "交易"),
    "client": ("Client", "客户", "客戶"),
    "reason": ("Reason", "原因", "原因"),
    "time_in_stage": ("Time in each stage", "各阶段停留时间", "各階段停留時間"),
    "time_note": ("Days per stay that ended in the period; and how long the open deals now in a stage "
                  "have been there.",
                  "期间内结束的每次停留天数；以及目前在该阶段的进行中交易已停留的天数。",
                  "期間內結束的每次停留天數；以及目前在該階段的進行中交易已停留的天數。"),
    "stays": ("Stays ended", "结束的停留", "結束的停留"),
    "avg_days": ("Average days", "平均天数", "平均天數"),
    "median_days": ("Median days", "中位天数", "中位天數"),
    "now_in_stage": ("Now in stage", "目前在此阶段", "目前在此階段"),
    "now_avg_days": ("Days so far (avg.)", "已停留天数（平均）", "已停留天數（平均）"),
    # follow-ups
    "overdue": ("Overdue", "已逾期", "已逾期"),
    "due_today": ("Due today", "今天到期", "今天到期"),
    "this_week": ("This week", "本周", "本週"),
    "followups_summary": ("Overdue: {overdue} · Due today: {today} · Later this week: {week}",
                          "已逾期：{overdue} · 今天到期：{today} · 本周稍后：{week}",
                          "已逾期：{overdue} · 今天到期：{today} · 本週稍後：{week}"),
    "due": ("Due", "到期", "到期"),
    "days_overdue": ("Days late", "逾期天数", "逾期天數"),
    "contact": ("Contact", "联系人", "聯絡人"),
    "reminder": ("Reminder", "提醒", "提醒"),
    "recurring": ("(recurring)", "（重复）", "（重複）"),
    # going cold
    "thresholds": ("Thresholds", "阈值", "閾值"),
    "tier_days": ("Tier {tier}: {days} days", "{tier} 级：{days} 天", "{tier} 級：{days} 天"),
    "tier_section": ("Tier {tier} — silent more than {days} days: {n}",
                     "{tier} 级 — 超过 {days} 天未联系：{n}", "{tier} 級 — 超過 {days} 天未聯繫：{n}"),
    "days_silent": ("Days silent", "未联系天数", "未聯繫天數"),
    "last_interaction": ("Last interaction", "最近联系", "最近聯繫"),
    "kind": ("Kind", "类型", "類型"),
    "subject_summary": ("Subject / summary", "主题 / 摘要", "主旨 / 摘要"),
    # dossier
    "details": ("Details", "基本资料", "基本資料"),
    "people": ("People", "人员", "人員"),
    "interactions_n": ("Interactions ({n})", "联系记录（{n}）", "聯繫記錄（{n}）"),
    "reminders": ("Reminders", "提醒", "提醒"),
    "name": ("Name", "名称", "名稱"),
    "organization": ("Organization", "机构", "機構"),
    "title": ("Title", "职务", "職稱"),
    "department": ("Department", "部门", "部門"),
    "tier": ("Tier", "级别", "級別"),
    "phones": ("Phones", "电话", "電話"),
    "emails": ("E-mails", "电子邮件", "電子郵件"),
    "addresses": ("Addresses", "地址", "地址"),
    "website": ("Website", "网站", "網站"),
    "tags": ("Tags", "标签", "標籤"),
    "owner": ("Owner", "负责人", "負責人"),
    "other_names": ("Other names", "其他名称", "其他名稱"),
    "birthday": ("Birthday", "生日", "生日"),
    "note": ("Note", "备注", "備註"),
    "added": ("Added", "创建于", "建立於"),
    "role": ("Role", "角色", "角色"),
    "status": ("Status", "状态", "狀態"),
    "expected_close": ("Expected close", "预计完成", "預計完成"),
    "with": ("With", "参与人", "參與人"),
    "invalid_mark": ("(invalid)", "（无效）", "（無效）"),
    # activity
    "week": ("Week", "周", "週"),
    "activity_summary": ("{n} interactions in the period.", "期间内共 {n} 次联系。", "期間內共 {n} 次聯繫。"),
    "per_week_kind": ("Interactions per week and kind", "每周各类型联系次数", "每週各類型聯繫次數"),
    # data health
    "check": ("Check", "检查项", "檢查項"),
    "count": ("Count", "数量", "數量"),
    "share": ("Share", "占比", "占比"),
    "contacts_n": ("{n} contacts ({people} people, {orgs} organizations).",
                   "联系人 {n} 个（个人 {people}，机构 {orgs}）。",
                   "聯絡人 {n} 個（個人 {people}，機構 {orgs}）。"),
    "missing_phone": ("No phone", "缺少电话", "缺少電話"),
    "missing_email": ("No e-mail", "缺少电子邮件", "缺少電子郵件"),
    "missing_organization": ("Person with no organization", "个人未关联机构", "個人未關聯機構"),
    "missing_tier": ("No tier", "未设级别", "未設級別"),
    "invalid_phone": ("Phone that did not parse", "无效电话", "無效電話"),
    "invalid_email": ("Invalid e-mail", "无效电子邮件", "無效電子郵件"),
    "stale": ("Going cold (past tier threshold)", "久未联系（超过级别阈值）", "久未聯繫（超過級別閾值）"),
    "deals_past_close": ("Open deals past expected close", "已过预计完成日的进行中交易",
                         "已過預計完成日的進行中交易"),
    "overdue_reminders": ("Overdue reminders", "逾期提醒", "逾期提醒"),
    "stale_list": ("Going cold", "久未联系", "久未聯繫"),
    "as_typed": ("As typed", "原始输入", "原始輸入"),
    "days_late": ("Days late", "逾期天数", "逾期天數"),
    # enumerations stored in English
    "kind_person": ("Person", "个人", "個人"),
    "kind_organization": ("Organization", "机构", "機構"),
    "ik_meeting": ("Meeting", "会议", "會議"),
    "ik_call": ("Call", "电话", "電話"),
    "ik_email": ("E-mail", "邮件", "郵件"),
    "ik_note": ("Note", "备注", "備註"),
    "ik_site_visit": ("Site visit", "实地考察", "實地考察"),
    "ik_other": ("Other", "其他", "其他"),
    "st_open": ("Open", "进行中", "進行中"),
    "st_won": ("Won", "已成交", "已成交"),
    "st_lost": ("Lost", "已失败", "已失敗"),
    "rs_open": ("Open", "待办", "待辦"),
    "rs_done": ("Done", "已完成", "已完成"),
    "role_client": ("Client", "客户", "客戶"),
    "role_sponsor": ("Sponsor", "发起人", "發起人"),
    "role_lender": ("Lender", "贷款人", "貸款人"),
    "role_investor": ("Investor", "投资人", "投資人"),
    "role_adviser": ("Adviser", "顾问", "顧問"),
    "role_other": ("Other", "其他", "其他"),
}

STRINGS: dict[str, dict[str, str]] = {
    lang: {key: row[i] for key, row in _ROWS.items()} for i, lang in enumerate(LANGUAGES)
}


class Labels:
    """`L["key"]` in one language; `L.enum("ik", "meeting")` for stored English codes."""

    def __init__(self, lang: str) -> None:
        if lang not in STRINGS:
            from crm_desktop.core.errors import ValidationError

            raise ValidationError("lang", f"'{lang}' is not one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._s = STRINGS[lang]

    def __getitem__(self, key: str) -> str:
        return self._s[key]

    def enum(self, prefix: str, code: str | None) -> str:
        if not code:
            return "—"
        return self._s.get(f"{prefix}_{code}", code)
