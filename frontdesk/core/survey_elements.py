"""The ten service-quality elements of the annual satisfaction survey (docs/architecture.md, The product's numbers), in survey order."""
from __future__ import annotations

#: (code, Chinese name) — codes are the keys of survey_responses.scores.
ELEMENTS: tuple[tuple[str, str], ...] = (
    ("reliability", "依赖性"),
    ("responsiveness", "迅速反应"),
    ("competence", "工作水平"),
    ("access", "接触"),
    ("courtesy", "态度"),
    ("communication", "沟通"),
    ("credibility", "信用度"),
    ("security", "安全性"),
    ("understanding", "顾客理解度"),
    ("tangibles", "有形性"),
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

CODES: tuple[str, ...] = tuple(code for code, _ in ELEMENTS)
ZH: dict[str, str] = dict(ELEMENTS)
