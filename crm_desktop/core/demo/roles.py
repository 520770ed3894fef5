"""Titles, departments, tags, the firm's own staff and short contact notes, per kind of organization.

Chinese is written once in 简体; `script.to_traditional` makes the 繁體 text where it is needed.
"""

from __future__ import annotations

# category -> (English titles, 简体 titles); the first of each list is the most senior
TITLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bank": (("Managing Director, Project Finance", "Head of Structured Finance, Asia",
              "Director, Infrastructure Finance", "Vice President", "Relationship Manager",
              "Credit Officer", "Associate"),
             ("项目融资部总经理", "分行副行长", "副总经理", "团队主管", "高级客户经理", "授信审批经理",
              "客户经理")),
    "fund": (("Partner", "Managing Director", "Investment Director", "Principal", "Investment Manager",
              "Analyst"),
             ("合伙人", "董事总经理", "投资总监", "执行董事", "投资经理", "分析师")),
    "sponsor": (("Chief Financial Officer", "Head of Project Finance", "Business Development Director",
                 "Treasurer", "Finance Manager", "Project Director"),
                ("董事长", "财务总监", "总会计师", "融资部经理", "资金部主任", "项目开发部总经理")),
    "adviser": (("Partner", "Director", "Senior Manager", "Manager", "Technical Adviser"),
                ("合伙人", "总监", "高级经理", "经理", "技术顾问")),
    "law": (("Partner", "Counsel", "Senior Associate", "Associate", "Trainee Solicitor"),
            ("合伙人", "顾问律师", "资深律师", "律师", "律师助理")),
    "project": (("General Manager", "Finance Manager", "Chief Engineer", "Site Manager"),
                ("总经理", "财务经理", "总工程师", "场站负责人")),
}

DEPARTMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "bank": (("Project & Export Finance", "项目融资部"), ("Infrastructure Finance", "基础设施金融部"),
             ("Credit Risk", "授信审批部"), ("Corporate Banking", "公司业务部")),
    "fund": (("Infrastructure Investments", "基础设施投资部"), ("Portfolio Management", "投后管理部")),
    "sponsor": (("Finance", "财务部"), ("Project Development", "项目开发部"), ("Treasury", "资金部")),
    "adviser": (("Infrastructure Advisory", "基础设施咨询部"), ("Transaction Services", "交易服务部")),
    "law": (("Banking & Finance", "银行与金融部"), ("Projects & Energy", "能源与基础设施部")),
    "project": (("Finance", "财务部"), ("Management", "管理层")),
}

SECOND_ROLES = (("Independent Director", "独立董事"), ("Senior Adviser", "高级顾问"),
                ("Board Member", "董事"), ("Former Colleague", "前同事"))

TAGS = ("Solar", "Wind", "Offshore wind", "Toll road", "Port", "Storage", "ESG", "Green loan", "PPP",
        "Cross-border", "Decision maker", "Credit committee", "Introducer", "光伏", "风电", "绿色金融",
        "一带一路", "银团", "决策人", "離岸風電", "綠色債券", "聯貸")

# The firm's own people: who owns a contact, a deal.
OWNERS = ("Alice Zhou", "陈志明", "林美玲", "Tom Baker", "黄家豪")

NOTES = (("Prefers WeChat to e-mail.", "习惯用微信沟通，邮件回复较慢。"),
         ("Met at the Asia Infrastructure Forum.", "在亚洲基础设施论坛上认识。"),
         ("Assistant handles the diary; book meetings two weeks ahead.", "日程由助理安排，需提前两周预约。"),
         ("Moved from the credit team last year.", "去年从授信审批部调任。"),
         ("Key contact for the syndicate; copy on every term sheet.", "银团关键联系人，条款清单均需抄送。"),
         ("Not before 10:00; never on Friday afternoons.", "上午十点前不接电话，周五下午不开会。"))
