"""The ten service-quality elements of the annual satisfaction survey (docs/architecture.md, The product's numbers),
in survey order, named in the field's own words (可靠性, not 依赖性; 服务可及性, not 接触; 对业主需求的理解, not
顾客理解度; 设施与环境, not 有形性)."""
from __future__ import annotations

#: (code, Chinese name) — codes are the keys of survey_responses.scores.
ELEMENTS: tuple[tuple[str, str], ...] = (
    ("reliability", "可靠性"),
    ("responsiveness", "迅速反应"),
    ("competence", "工作水平"),
    ("access", "服务可及性"),
    ("courtesy", "态度"),
    ("communication", "沟通"),
    ("credibility", "信用度"),
    ("security", "安全性"),
    ("understanding", "对业主需求的理解"),
    ("tangibles", "设施与环境"),
)

#: What each element asks the owner about, in the words printed on the survey form.
QUESTIONS: dict[str, str] = {
    "reliability": "准确可靠地履行服务承诺",
    "responsiveness": "及时响应、迅速处理报修与求助",
    "competence": "员工具备完成服务所需的技能与知识",
    "access": "方便联系、容易找到负责的人",
    "courtesy": "员工礼貌、尊重、友好",
    "communication": "用业主听得懂的话及时告知情况",
    "credibility": "诚实守信、值得信赖",
    "security": "人身、财产与信息安全有保障",
    "understanding": "了解并关心业主的具体需要",
    "tangibles": "环境、设施、员工仪表整洁完好",
}

#: The departments owners judge on the form as well (a line each, 5 to 1); not part of the ten-element index.
DEPARTMENTS: tuple[str, ...] = ("保洁", "绿化", "秩序/安保", "维修", "停车")

CODES: tuple[str, ...] = tuple(code for code, _ in ELEMENTS)
ZH: dict[str, str] = dict(ELEMENTS)
