

def test_a_unit_result_names_the_people_living_there(centre):
    """GUI-DESK: the caller is recognised from the unit's result (owner first)."""
    from frontdesk.store import people, search
    db = centre["db"]
    unit = centre["units"]["1-1-101"][0]
    people.add(db, "张小丰", phones=["13811112222"], unit_id=unit["id"], relation="family")
    found = search.find(db, "1-1-101")
    assert found[0]["people"] == ["张三丰", "张小丰"]
    assert found[0]["detail"].endswith("张三丰、张小丰")
